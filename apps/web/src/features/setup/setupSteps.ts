import type { SetupStepKey } from "../../gql/graphql";

/** Each setup step's title and what it is for, in the order the page shows them. */
export const SETUP_STEPS: Record<SetupStepKey, { title: string; purpose: string }> = {
  FORCE: { title: "The force", purpose: "The home force's name and the areas its figures are reported for." },
  PLAN: {
    title: "The plan",
    purpose: "The Police and Crime Plan being held to account and the years it runs.",
  },
  PRIORITIES: { title: "Priorities", purpose: "The plan's priorities, numbered as the plan numbers them." },
  COMPARATORS: {
    title: "Comparators",
    purpose: "Peer forces and averages the force's figures are set beside.",
  },
  MOST_SIMILAR_GROUP: {
    title: "Most Similar Group",
    purpose: "The group of peer forces as its publisher defines it; a revision is a new version.",
  },
  GLOSSARY: { title: "Glossary", purpose: "The acronyms readers will meet, with their meanings." },
  FIRST_QUARTER: {
    title: "First quarter",
    purpose: "The first reporting quarter, opened as a draft that readers do not see until it is published.",
  },
};
