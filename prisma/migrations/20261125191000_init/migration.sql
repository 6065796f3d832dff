-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ComparatorKind" AS ENUM ('FORCE', 'MSG_AVERAGE', 'NATIONAL');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('MONTH', 'QUARTER');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('OUTCOME', 'FOCUS', 'RISK');

-- CreateEnum
CREATE TYPE "ScorecardKind" AS ENUM ('FORCE', 'CJS');

-- CreateEnum
CREATE TYPE "CommentaryOrigin" AS ENUM ('REPORT', 'EDITOR');

-- CreateEnum
CREATE TYPE "MetricUnit" AS ENUM ('PERCENT', 'SECONDS', 'COUNT', 'DAYS', 'RATE_PER_1000');

-- CreateEnum
CREATE TYPE "Polarity" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "MetricBasis" AS ENUM ('DISCRETE_MONTH', 'ROLLING_12_MONTHS', 'TWELVE_MONTHS_TO', 'QUARTER');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('SLA', 'TARGET');

-- CreateEnum
CREATE TYPE "NarrativeStatus" AS ENUM ('DRAFT', 'ACCEPTED', 'EDITED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VIEWER', 'EDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('OBSERVATIONS', 'BENCHMARKS');

-- CreateTable
CREATE TABLE "Comparator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ComparatorKind" NOT NULL,
    "isHomeForce" BOOLEAN NOT NULL DEFAULT false,
    "population" INTEGER,
    "populationYear" INTEGER,

    CONSTRAINT "Comparator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MostSimilarGroup" (
    "id" SERIAL NOT NULL,
    "homeForceId" INTEGER NOT NULL,
    "publisher" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "note" TEXT,

    CONSTRAINT "MostSimilarGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MostSimilarGroupMember" (
    "groupId" INTEGER NOT NULL,
    "comparatorId" INTEGER NOT NULL,

    CONSTRAINT "MostSimilarGroupMember_pkey" PRIMARY KEY ("groupId","comparatorId")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "forceId" INTEGER NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Priority" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Priority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" "PeriodKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "dataMonth" DATE,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "priorityId" INTEGER NOT NULL,
    "reportingPeriodId" INTEGER NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deliverable" (
    "id" SERIAL NOT NULL,
    "priorityId" INTEGER NOT NULL,
    "reportingPeriodId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "dueText" TEXT NOT NULL,
    "dueDate" DATE,
    "progress" INTEGER NOT NULL,
    "note" TEXT,
    "position" INTEGER NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deliverable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scorecard" (
    "id" SERIAL NOT NULL,
    "priorityId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "ScorecardKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "source" TEXT,
    "sourceUrl" TEXT,

    CONSTRAINT "Scorecard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardSection" (
    "id" SERIAL NOT NULL,
    "scorecardId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ScorecardSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SectionMetric" (
    "sectionId" INTEGER NOT NULL,
    "metricId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SectionMetric_pkey" PRIMARY KEY ("sectionId","metricId")
);

-- CreateTable
CREATE TABLE "SectionCommentary" (
    "id" SERIAL NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "reportingPeriodId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "origin" "CommentaryOrigin" NOT NULL DEFAULT 'REPORT',
    "retiredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SectionCommentary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "unit" "MetricUnit" NOT NULL,
    "polarity" "Polarity" NOT NULL,
    "basis" "MetricBasis" NOT NULL,
    "family" TEXT,
    "statistic" TEXT,
    "target" DOUBLE PRECISION,
    "targetKind" "TargetKind",
    "targetLabel" TEXT,
    "dataSource" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "reportingLagMonths" INTEGER NOT NULL DEFAULT 0,
    "lagNote" TEXT,
    "dataCaptureStart" DATE,
    "isSurvey" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Metric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessChange" (
    "id" SERIAL NOT NULL,
    "metricId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "ProcessChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" SERIAL NOT NULL,
    "metricId" TEXT NOT NULL,
    "areaId" INTEGER NOT NULL,
    "breakdown" TEXT NOT NULL DEFAULT '',
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "numerator" DOUBLE PRECISION,
    "denominator" DOUBLE PRECISION,
    "ciLower" DOUBLE PRECISION,
    "ciUpper" DOUBLE PRECISION,
    "sourceRelease" TEXT NOT NULL,
    "isIllustrative" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Benchmark" (
    "id" SERIAL NOT NULL,
    "metricId" TEXT NOT NULL,
    "comparatorId" INTEGER NOT NULL,
    "mostSimilarGroupId" INTEGER,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "ciLower" DOUBLE PRECISION,
    "ciUpper" DOUBLE PRECISION,
    "rank" INTEGER,
    "rankOutOf" INTEGER,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "isIllustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Benchmark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NarrativeSentence" (
    "id" SERIAL NOT NULL,
    "metricId" TEXT NOT NULL,
    "reportingPeriodId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "generatedText" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "NarrativeStatus" NOT NULL DEFAULT 'DRAFT',
    "generatorVersion" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NarrativeSentence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" SERIAL NOT NULL,
    "acronym" TEXT NOT NULL,
    "meaning" TEXT NOT NULL,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernanceNode" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT,
    "period" TEXT,
    "parentId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GovernanceNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "actorEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" SERIAL NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,
    "userId" INTEGER,
    "committedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Comparator_code_key" ON "Comparator"("code");

-- CreateIndex
CREATE UNIQUE INDEX "MostSimilarGroup_homeForceId_publisher_validFrom_key" ON "MostSimilarGroup"("homeForceId", "publisher", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Area_code_key" ON "Area"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_code_key" ON "Plan"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Priority_planId_number_key" ON "Priority"("planId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_code_key" ON "ReportingPeriod"("code");

-- CreateIndex
CREATE INDEX "ReportingPeriod_kind_startDate_idx" ON "ReportingPeriod"("kind", "startDate");

-- CreateIndex
CREATE INDEX "Statement_priorityId_reportingPeriodId_kind_position_idx" ON "Statement"("priorityId", "reportingPeriodId", "kind", "position");

-- CreateIndex
CREATE INDEX "Deliverable_priorityId_position_idx" ON "Deliverable"("priorityId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Scorecard_priorityId_title_key" ON "Scorecard"("priorityId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardSection_scorecardId_title_key" ON "ScorecardSection"("scorecardId", "title");

-- CreateIndex
CREATE INDEX "SectionMetric_metricId_idx" ON "SectionMetric"("metricId");

-- CreateIndex
CREATE INDEX "SectionCommentary_sectionId_reportingPeriodId_position_idx" ON "SectionCommentary"("sectionId", "reportingPeriodId", "position");

-- CreateIndex
CREATE INDEX "Metric_family_idx" ON "Metric"("family");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessChange_metricId_month_key" ON "ProcessChange"("metricId", "month");

-- CreateIndex
CREATE INDEX "Observation_metricId_periodEnd_idx" ON "Observation"("metricId", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_metricId_areaId_breakdown_periodStart_periodEnd_key" ON "Observation"("metricId", "areaId", "breakdown", "periodStart", "periodEnd");

-- CreateIndex
CREATE INDEX "Benchmark_metricId_periodEnd_idx" ON "Benchmark"("metricId", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Benchmark_metricId_comparatorId_periodStart_periodEnd_key" ON "Benchmark"("metricId", "comparatorId", "periodStart", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "NarrativeSentence_metricId_reportingPeriodId_key_key" ON "NarrativeSentence"("metricId", "reportingPeriodId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_acronym_key" ON "GlossaryTerm"("acronym");

-- CreateIndex
CREATE UNIQUE INDEX "GovernanceNode_code_key" ON "GovernanceNode"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "MostSimilarGroup" ADD CONSTRAINT "MostSimilarGroup_homeForceId_fkey" FOREIGN KEY ("homeForceId") REFERENCES "Comparator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MostSimilarGroupMember" ADD CONSTRAINT "MostSimilarGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "MostSimilarGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MostSimilarGroupMember" ADD CONSTRAINT "MostSimilarGroupMember_comparatorId_fkey" FOREIGN KEY ("comparatorId") REFERENCES "Comparator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_forceId_fkey" FOREIGN KEY ("forceId") REFERENCES "Comparator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Priority" ADD CONSTRAINT "Priority_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_reportingPeriodId_fkey" FOREIGN KEY ("reportingPeriodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_reportingPeriodId_fkey" FOREIGN KEY ("reportingPeriodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardSection" ADD CONSTRAINT "ScorecardSection_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionMetric" ADD CONSTRAINT "SectionMetric_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ScorecardSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionMetric" ADD CONSTRAINT "SectionMetric_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionCommentary" ADD CONSTRAINT "SectionCommentary_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ScorecardSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionCommentary" ADD CONSTRAINT "SectionCommentary_reportingPeriodId_fkey" FOREIGN KEY ("reportingPeriodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessChange" ADD CONSTRAINT "ProcessChange_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Benchmark" ADD CONSTRAINT "Benchmark_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Benchmark" ADD CONSTRAINT "Benchmark_comparatorId_fkey" FOREIGN KEY ("comparatorId") REFERENCES "Comparator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Benchmark" ADD CONSTRAINT "Benchmark_mostSimilarGroupId_fkey" FOREIGN KEY ("mostSimilarGroupId") REFERENCES "MostSimilarGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NarrativeSentence" ADD CONSTRAINT "NarrativeSentence_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NarrativeSentence" ADD CONSTRAINT "NarrativeSentence_reportingPeriodId_fkey" FOREIGN KEY ("reportingPeriodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceNode" ADD CONSTRAINT "GovernanceNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "GovernanceNode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

