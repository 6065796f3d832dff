import type { SeedScorecard } from "../types.ts";
import { cjsScorecards } from "./cjsScorecards.ts";

const SATISFACTION_NOTES = [
  "*Survey data is not received from SMSR until the second week of the month. Due to scheduling satisfaction data will always be reported one month in arrears",
  "Note: Victim satisfaction data is examined over 12 months for statistical significance with a 3-month lag before victims are surveyed",
];

// "Score card - Priority N" pages: sections and their bullets verbatim, PDF line breaks joined.
// The two satisfaction footnotes close each section about victim satisfaction.
export const scorecards: SeedScorecard[] = [
  {
    priority: 1,
    title: "Score card",
    kind: "FORCE",
    sections: [
      {
        title: "WAIT TO ANSWER & ABANDONMENT",
        metricIds: [
          "abandonment-rate-101",
          "cch-answer-time",
          "cch-triage-rate",
          "crib-answer-time",
          "answer-time-999",
        ],
        commentary: [
          "101 abandonment rate is 7.5% for Mar-23",
          "CCH - answer time to answer is 48 secs for Mar-23. Sep-22 - the introduction of a new 101 Operating Model. All calls are now answered by CCH operators and during the last 6 months they have triaged / signposted an average of 39% of all 101-call demand",
          "CRIB – average time to answer 11m 41 secs for Mar-23. The last 6 months are considered as exceptionally high wait times with an average of 7m 34 secs. The average wait time for the 12 months prior to the new model was 2m 31 secs.",
          "High levels of sickness within the CCC alongside lack of staffing are impacting on performance",
          "999 – answer time to answer is 10 secs for Mar-23.",
          "Call demand across the CCC has experienced seasonally low demand during the colder month as expected with volumes beginning to increase.",
        ],
      },
      {
        title: "THRIVE+",
        metricIds: ["thrive-overall", "thrive-vulnerability"],
        commentary: [
          "Overall call rating is 41% for Mar-23, a reduction of -10.9 percentage point compared to the previous 3 months. This is greater than the +/-5% margin of error (CI=95%)",
          "All areas of THRIVE assessment remain stable, except for Vulnerability. Vulnerability is recording a decrease of 11.1% compared to the previous 3 months. The THRIVE audit being completed for vulnerability has been focused on underperforming teams within the CCC to enable the identification of feedback and training",
          "Force Business Intelligence (BI) have recommended independent audits are completed to assess performance.",
        ],
      },
      {
        title: "RESPONSE TIMES & RATES",
        metricIds: [
          "immediate-response-mean",
          "immediate-response-rate",
          "priority-response-mean",
          "priority-response-median",
        ],
        commentary: [
          "Average immediate response times remain stable at 12:26 for Mar-23, response rate for Feb-23 is reporting at 81.8%",
          "Average priority response time is 1:54:53 breaching the SLA of 1 hour. Logs more than 10 hours are skewing the average. The median is also increasing but within the SLA of 1 hour at 46:56. Logs over 10 hours are an impact factor on the average, but an increasing median reflects a genuine increase in the time is taking to respond.",
          "The county hub commander has given direction to officers to spend more time at scene to improve the service officers deliver to victims and to increase the potential of capturing evidence and increase investigative standards.",
        ],
      },
      {
        title: "INTELLIGENCE",
        metricIds: ["intelligence-reports"],
        commentary: [
          "County is showing 9 months of being consistently just below average with 1,435 reports in Mar. Swindon has seen a low in Mar and is at the LCL in 1,017 reports.",
        ],
      },
      {
        title: "OUTSTANDING SUSPECTS",
        metricIds: [
          "outstanding-suspects",
          "outstanding-suspects-over-4-days",
          "outstanding-suspects-over-12-months",
        ],
        commentary: [
          "Mar-23 - 1515. Numbers remain elevated compared to 2020 and 2021",
          "More than 4 days for Mar-23 is 1448. Data capture began Jul-22, a longer data capture period is required to assess trend",
          "Those over 12 months for Mar-23 is 53. Data capture began Jul-22, a longer data capture period is required to assess trend. To date volumes have fluctuated between a small margin, 44 and 56",
        ],
      },
      {
        title: "CRIME VOLUME",
        metricIds: ["crimes-per-1000", "crime-volume", "burglary-volume", "violence-with-injury-volume"],
        commentary: [
          "Wiltshire remains the lowest force nationally for crimes per 1000 population at 58.61 with an MSG average of 72.20.",
          "Crime commission to Mar-23 is showing an increase of 6.1% YoY, the year-on-year percentage is reducing each month as remaining covid lows drop out of the comparison. Crime Commission during 2022 has returned to pre-covid levels.",
          "All Burglary to Mar-23 is reporting a 17.0% increase in recorded volumes. This is not reflective of a significant increase in Burglary volumes but the effect of a significantly low period of reporting between Jan-21 and Jul-21. Volumes have returned to normal following this period and have remained stable since.",
          "Violence with Injury volumes are reporting a year-on-year change of -0.1% to Mar-23.",
        ],
      },
      {
        title: "INVESTIGATION",
        metricIds: [
          "fat-rate-overall-r12",
          "fat-rate-overall-discrete",
          "fat-rate-burglary-r12",
          "fat-rate-burglary-discrete",
          "fat-rate-vwi-r12",
          "fat-rate-vwi-discrete",
          "time-to-charge-overall",
        ],
        commentary: [
          "Overall further action taken (FAT) rate, R12 month rate to Mar-23 at 13.0% with a slight increasing trend of +1.2% year on year. Discrete rate for February is 15.3%.",
          "FAT Outcome Rate - Burglary: R12 month rate to Feb-23 is stable at 6.9%, +0.7% YOY. Discrete rate for February is 9.2%.",
          "FAT Outcome Rate – Violence with Injury: R12 month rate to Mar-23 is stable at 21.1%, +1.8% year on year. Discrete rate for February is 21.1%.",
          "Overall time to charge for Jan-23 is 23 days. The rolling 12-month picture is an increasing trend in recent months. The most significant drivers in this increase are RASSO.",
        ],
      },
      {
        title: "PUBLIC CONFIDENCE AND CONSULTATION",
        metricIds: [
          "victim-satisfaction-overall",
          "victim-satisfaction-burglary",
          "victim-satisfaction-hate-crime",
          "victim-satisfaction-vehicle-crime",
          "victim-satisfaction-violent-crime",
          "csew-confidence-local-police",
          "csew-excellent-good-job",
          "csew-relied-on",
        ],
        commentary: [
          "Overall Victim Satisfaction - 73.9% down 3.8pp YoY",
          "Bench marking with other forces who have shared data returned a national average of – 65% (12 months to Dec 22). NB: Not all forces returned data and forces do not all use the same survey script.",
          "Burglary satisfaction is 81.4% up 5.9% pts YoY",
          "Warwickshire (MSF) = 74% (12 months to Dec 22)",
          "West Mercia (MSF) = 83.8% (12 months to Dec 22)",
          "Hate Crime satisfaction 83.1% up 5.0%pts YoY",
          "Warwickshire (MSF) – 69% (12 months to Dec 22)",
          "West Mercia (MSF) – 73.4% (12 months to Dec 22)",
          "Vehicle crime satisfaction at 67.0% (-9.9%pts YoY) and 4 months under the LCL.",
          "Warwickshire (MSF) – 64% (12 months to Dec 22)",
          "Violent crime satisfaction 73.0% dropped below LCL after a 2-month improvement. Decline seen in Treatment and Actions Taken.",
          "NEW DATA - Crime Survey for England & Wales to December 2022",
          "Overall confidence in local police: Wiltshire = 76.8% (+/- 3.9% pts equates from 72.9% - 80.7%); England & Wales = 68.5% (+/- 0.8%pts); +1.8%pts compared to last quarter to September 2022.",
          "Percentage who say the police are doing an excellent or good job in their local area: Wiltshire = 63.2% (+/-6.1%pts which equates from 57%-69%); England & Wales = 52.3% (+/-0.8%pts)",
          "Agreement that the police can be relied on when needed: Wiltshire = 57.0% (+/- 5.2% pts which equates from 51.9% - 62.2%); England & Wales = 53.7% (+/-0.8%pts)",
          ...SATISFACTION_NOTES,
        ],
      },
      {
        title: "SERVICE DELIVERY",
        metricIds: ["dissatisfactions", "complaints-resolved-customer-service"],
        commentary: [
          "Mar-23 dissatisfactions recorded 132, year on year change is reporting a 24.6% increase. This increase is significantly affected by the most recent exceptional highs (Aug-22 to Nov-22).",
          "For March - Themes remain the same, with most complaints around Delivery of duties, specifically lack of contact",
          "60% of complaints are resolved at Customer service level for March.",
          "Theme analysis underway across Complaints Resolution Team, PSD local investigation and PSD formal investigations.",
        ],
      },
    ],
  },
  {
    priority: 2,
    title: "Score card",
    kind: "FORCE",
    sections: [
      {
        title: "CRIME VOLUME",
        metricIds: ["rasso-volume", "stalking-harassment-volume", "domestic-abuse-volume"],
        commentary: [
          "Volume of RASSO is reporting a year-on-year increase of 2.7% to Mar-23, but an exceptional low period at the beginning of 2021 is driving this increasing view. Wiltshire did experience a slight overall increase in offences being recorded between 2020 and 2021",
          "Stalking and Harassment and volumes of Domestic abuse are stable long term",
        ],
      },
      {
        title: "INVESTIGATION",
        metricIds: [
          "fat-rate-rasso-r12",
          "fat-rate-rape-r12",
          "fat-rate-other-sexual-r12",
          "fat-rate-sh-r12",
          "time-to-charge-rasso",
          "rasso-charge-decisions",
        ],
        commentary: [
          "FAT = Further action taken (charge/caution/penalty notice)",
          "FAT Outcome Rate - RASSO: Rolling 12 months to Mar-23 is 9.8% and showing an increasing trend",
          "FAT Outcome Rate – Rape: Rolling 12 months to Mar-23 8.1% (+4.3pts YOY) and showing a significant increasing trend",
          "FAT Outcome Rate – Other Sexual Offences: Rolling 12 months to Mar-23 13.8% (+5.4 pts YOY) and showing a slight increasing trend",
          "FAT Outcome Rate – S&H: Rolling 12 months to Mar-23 7.1% and is stable, but did experience a small decline between 2019 and 2020",
          "RASSO Time to charge for Mar-23 is 137 and no longer exceptional. The trend in RASSO time to charge is increasing, but over time we are also experiencing an increase in FAT Outcome for this area. Investigation time is increasing due to time spent in getting a result for victims. This is reflected in the increase in the 31 charge decisions received for RASSO in Jan & Feb-23.",
        ],
      },
      {
        title: "OUTSTANDING SUSPECTS",
        metricIds: ["outstanding-suspects-da", "outstanding-suspects-rasso", "outstanding-suspects-sh"],
        commentary: [
          "The data capture began Jun-22.",
          "DA outstanding suspects have previously ranged from 429 to 469. Mar-23 is 430.",
          "RASSO outstanding suspects have previously ranged from 160 to 181. Mar-23 is showing as exceptionally low at 138",
          "S&H outstanding suspects have previously ranged from 202 to 268. Mar-23 is 251",
        ],
      },
    ],
  },
  {
    priority: 3,
    title: "Score card",
    kind: "FORCE",
    sections: [
      {
        title: "ROAD SAFETY",
        metricIds: ["drug-driving-arrests", "drink-driving-arrests"],
        commentary: [
          "Long term arrests volumes for drug driving are stable. Jan-23 and Feb-23 recorded a two-month exceptional high, 52 and 58 consecutively however Mar-23 recording back to norm figures at 28.",
          "Drink driving arrest volume are stable long term.",
          "Refer to OPCC website for detailed Road Safety data and activities.",
        ],
      },
      {
        title: "CRIME VOLUME",
        metricIds: ["asb-volume", "cybercrime-volume", "hate-crime-volume"],
        commentary: [
          "ASB volumes are following seasonally anticipated trend of summer highs and winter lows. The last 2 months to March-23 have seen an upturn in monthly volumes in line with Spring/Summer increase. Volumes however remain lower than previous years.",
          "Reported Cybercrimes are stable. Year on year change of -1.5% is affected by an exceptional high period over Feb-22 and Mar-22. As predicted the year-on-year increase has now changed to decrease because of an exceptionally low period now dropping from the binary comparison.",
          "Hate crime volume remain stable long term and report a year-on-year change of -7.2%, affected by two exceptionally high months reported in 2021.",
        ],
      },
      {
        title: "INVESTIGATION",
        metricIds: ["fat-rate-cyber-r12", "fat-rate-hate-crime-r12"],
        commentary: [
          "FAT outcome rate: Cyber – R12m to Mar-23 is 9.7%.",
          "FAT outcome rate: Hate crime – R12m to Jan-23 is 14.8%.",
        ],
      },
    ],
  },
  {
    priority: 4,
    title: "Score card",
    kind: "FORCE",
    sections: [
      {
        title: "PUBLIC CONSULTATION",
        metricIds: [
          "satisfaction-actions-taken",
          "satisfaction-kept-informed",
          "satisfaction-ease-of-contact",
          "satisfaction-investigation",
          "satisfaction-time-to-arrive",
          "satisfaction-treatment",
        ],
        commentary: [
          "Febuary-23 data:",
          "Actions taken: Up: 72.0% (YOY -2.6pp)",
          "Being kept informed: Up: 68.5% (YOY +1.1pp)",
          "Ease of contact: Stable: 93.3% (YOY -1.0pp)",
          "Investigation: Up: 67.8% (YOY -0.7pp)",
          "Time to arrive R12m – 85.3% down -5.6pp YoY. The decrease in ‘satisfied’ responses are predominantly being replaced with an increase of ‘don’t know’ responses however survey does not ask for more detailed feedback on this question. The new Victim Voice survey will provide greater insight. Correlation with median and average priority response times increase since September 22.",
          "Treatment by police: 88.6% (YOY -1.7pp)",
          ...SATISFACTION_NOTES,
        ],
      },
    ],
  },
  ...cjsScorecards,
];
