import type { ReactNode } from "react";
import type { SetupStepKey } from "../../gql/graphql";
import { ComparatorStep } from "./ComparatorStep";
import { FirstQuarterStep } from "./FirstQuarterStep";
import { ForceStep } from "./ForceStep";
import { GlossaryStep } from "./GlossaryStep";
import { MostSimilarGroupStep } from "./MostSimilarGroupStep";
import { PlanStep } from "./PlanStep";
import { PriorityStep } from "./PriorityStep";

/** The form for one setup step. */
export function formForStep(key: SetupStepKey, nextPriorityNumber: number): ReactNode {
  switch (key) {
    case "FORCE":
      return <ForceStep />;
    case "PLAN":
      return <PlanStep />;
    case "PRIORITIES":
      return <PriorityStep nextNumber={nextPriorityNumber} />;
    case "COMPARATORS":
      return <ComparatorStep />;
    case "MOST_SIMILAR_GROUP":
      return <MostSimilarGroupStep />;
    case "GLOSSARY":
      return <GlossaryStep />;
    case "FIRST_QUARTER":
      return <FirstQuarterStep />;
  }
}
