-- CreateEnum
CREATE TYPE "ChangeBasis" AS ENUM ('YEAR_ON_YEAR', 'SAME_MONTH_LAST_YEAR', 'PREVIOUS_3_MONTHS', 'PREVIOUS_QUARTER', 'NONE');

-- AlterTable
ALTER TABLE "GlossaryTerm" ADD COLUMN "isFromReport" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN "changeBasis" "ChangeBasis" NOT NULL DEFAULT 'SAME_MONTH_LAST_YEAR',
ADD COLUMN "spcBaselinePoints" INTEGER;

-- Existing metrics take the basis their definition implies (domain: defaultChangeBasis): quarters against
-- the previous quarter; monthly counts and rolling or "12 months to" values year on year over 12 months.
UPDATE "Metric" SET "changeBasis" = CASE
  WHEN basis = 'QUARTER' THEN 'PREVIOUS_QUARTER'::"ChangeBasis"
  WHEN basis <> 'DISCRETE_MONTH' OR unit = 'COUNT' THEN 'YEAR_ON_YEAR'::"ChangeBasis"
  ELSE 'SAME_MONTH_LAST_YEAR'::"ChangeBasis"
END;
