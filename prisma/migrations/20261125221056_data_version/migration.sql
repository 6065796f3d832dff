-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);


-- The single row, and only it.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);
ALTER TABLE "DataVersion" ADD CONSTRAINT "DataVersion_single_row" CHECK ("id" = 1);

-- Bumped once per writing transaction, however many statements or rows it writes (a 100,000-row
-- import bumps it once). The row lock is held to commit, so a reader sees the new version only
-- together with the data: an answer cached under a version is never older than that version.
CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger AS $$
BEGIN
  IF current_setting('pcc.data_version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
    PERFORM set_config('pcc.data_version_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Every table but sessions (sign-in and sign-out change no answer that is cached) and the version
-- itself. A test fails if a later migration adds a table without this trigger.
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename NOT IN ('Session', 'DataVersion', '_prisma_migrations')
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()',
      t || '_bumps_data_version', t);
  END LOOP;
END $$;
