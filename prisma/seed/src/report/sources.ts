// Where the report's figures come from. The report names the CJS dashboard, the CSEW and SMSR (the
// victim survey supplier); the rest is the force's own performance data.
export const sources = {
  force: "Wiltshire Police performance data",
  smsr: "Victim satisfaction survey (SMSR)",
  csew: "Crime Survey for England & Wales (ONS)",
  cjs: "Criminal Justice System Delivery Data Dashboard - GOV.UK",
  cjsUrl: "https://criminal-justice-delivery-data-dashboards.justice.gov.uk/",
  thrive: "THRIVE+ call assessment audit",
  complaints: "Professional Standards Department complaints data",
} as const;
