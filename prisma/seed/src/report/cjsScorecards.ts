import type { SeedScorecard } from "../types.ts";
import { sources } from "./sources.ts";

const cjs = { priority: 4, kind: "CJS", source: sources.cjs, sourceUrl: sources.cjsUrl } as const;

// "CJS Score card - Priority 4" pages. Each page is one section; its three bullets are put in the order of
// its three measures (the PDF's column order jumbles two of them on the last two pages).
export const cjsScorecards: SeedScorecard[] = [
  {
    ...cjs,
    title: "Improving timeliness",
    sections: [
      {
        title: "Improving timeliness",
        metricIds: ["cjs-days-to-charge", "cjs-days-cps-charge", "cjs-days-crown-court"],
        commentary: [
          "The CJS data highlights a growth in the time taken to charge an offender in victim-based cases. Wiltshire’s volumes are significantly above the national average",
          "The CJS data highlights a growth in the average days taken to refer a case to the CPS and then the CPS authorising a charge. Wiltshire’s volumes are significantly above the national average.",
          "The CJS data highlights the average days from arrival at the crown court to case completion reducing, indicating performance has improved and that volumes are significantly below the national average.",
        ],
      },
    ],
  },
  {
    ...cjs,
    title: "Increasing victim engagement",
    sections: [
      {
        title: "Increasing victim engagement",
        metricIds: [
          "cjs-victim-not-support-police-action",
          "cjs-victim-withdraws-day-of-trial",
          "cjs-cases-stopped-victim-withdraws",
        ],
        commentary: [
          "The CJS data highlights a growth in the number of victims that do not support police action, with Wiltshire volumes remaining below the national average.",
          "The CJS data highlights a decline in the number prosecutions victims or witnesses no longer support. Wiltshire’s volumes are slightly above the national average.",
          "The CJS data highlights no change Jul – Sept 22 to Oct – Dec 22, with Wiltshire’s volumes below the national average.",
        ],
      },
    ],
  },
  {
    ...cjs,
    title: "Improving quality of justice",
    sections: [
      {
        title: "Improving quality of justice",
        metricIds: [
          "cjs-successful-outcome",
          "cjs-completed-trial-or-guilty-plea",
          "cjs-correct-charge-decisions",
        ],
        commentary: [
          "The CJS data highlights a decrease in the number of victims-based offences where an offender is issued with a successful outcome. Wiltshire volumes are above the national average",
          "The CJS data highlights a decrease in the volumes of cases that resulted in a completed trial or guilty plea. Wiltshire volumes are above the national average.",
          "The CJS data highlights no change in the volume of cases where a decision to charge or proceed is correct, with volumes above the national average.",
        ],
      },
    ],
  },
];
