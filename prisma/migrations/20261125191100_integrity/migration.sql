-- Rules the database keeps even if the application has a bug.

-- The audit log is append-only: no one, not even the application, may rewrite history.
CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_progress_range" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_text_not_blank" CHECK (length(btrim("text")) > 0);
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_period_order" CHECK ("periodStart" <= "periodEnd");
ALTER TABLE "Benchmark" ADD CONSTRAINT "Benchmark_period_order" CHECK ("periodStart" <= "periodEnd");
