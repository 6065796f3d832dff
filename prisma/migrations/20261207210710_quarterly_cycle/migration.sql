-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "RiskReview" AS ENUM ('PENDING', 'KEPT', 'CHANGED', 'CLOSED');

-- CreateEnum
CREATE TYPE "DueDateSource" AS ENUM ('PARSED', 'EDITOR');

-- AlterTable
ALTER TABLE "ReportingPeriod" ADD COLUMN     "openedFromId" INTEGER,
ADD COLUMN     "planId" INTEGER,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" INTEGER,
ADD COLUMN     "status" "PeriodStatus" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "carriedFromId" INTEGER,
ADD COLUMN     "review" "RiskReview";

-- AlterTable
ALTER TABLE "Deliverable" ADD COLUMN     "carriedFromId" INTEGER,
ADD COLUMN     "dueDateSource" "DueDateSource" NOT NULL DEFAULT 'PARSED',
ADD COLUMN     "startDate" DATE;

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "spcRunLength" INTEGER,
ADD COLUMN     "spcTrendLength" INTEGER,
ADD COLUMN     "spcTwoOfThreeRule" TEXT,
ADD COLUMN     "targetSetBy" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "reason" TEXT;

-- CreateTable
CREATE TABLE "MetricDefinition" (
    "id" SERIAL NOT NULL,
    "metricId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetricDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MetricDefinition_metricId_version_key" ON "MetricDefinition"("metricId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_openedFromId_key" ON "ReportingPeriod"("openedFromId");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_carriedFromId_key" ON "Statement"("carriedFromId");

-- CreateIndex
CREATE UNIQUE INDEX "Deliverable_carriedFromId_key" ON "Deliverable"("carriedFromId");

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_openedFromId_fkey" FOREIGN KEY ("openedFromId") REFERENCES "ReportingPeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Deliverable"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricDefinition" ADD CONSTRAINT "MetricDefinition_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Reporting quarters belong to the plan they report on. Where one plan exists (every install so far),
-- its quarters are its own.
UPDATE "ReportingPeriod" SET "planId" = (SELECT MIN("id") FROM "Plan")
WHERE "kind" = 'QUARTER' AND (SELECT COUNT(*) FROM "Plan") = 1;

-- Work began, for a slip warning, no later than the quarter the deliverable was reported in.
UPDATE "Deliverable" d SET "startDate" = p."startDate"
FROM "ReportingPeriod" p WHERE p."id" = d."reportingPeriodId" AND d."startDate" IS NULL;

-- Every data table bumps the data version (migration data_version; a test checks each table has it).
CREATE TRIGGER "MetricDefinition_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MetricDefinition"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
