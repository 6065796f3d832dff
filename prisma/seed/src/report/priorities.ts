import type { SeedPriority } from "../types.ts";

// Each priority's page: "Outcomes achieved this quarter", "PCC focus next quarter", "Risks and issues",
// in report order, text as printed with the PDF's line breaks joined (typos kept: the report's words).
export const priorities: SeedPriority[] = [
  {
    number: 1,
    title: "A police service that meets the needs of its community",
    outcomes: [
      "New CC commenced fortnightly updates to PCC which are made public.",
      "Force has published Plans on a page 2023-2024 which details a range of plans to ensure delivery of the Police and Crime Plan through increased leadership scrutiny, accountability and performance management.",
      "Wiltshire Police exceeded the Government uplift target with 1196 FTE Police Officers v 1189 target as of 31 March 2023.",
      "OPCC / Force commissioned HR Review. New HR Director appointed (12-month contract)",
      "The OPCC 2023 – 24 delivery plan is operational, ensuring the OPCC provide a professional service effectively supporting the work to make Wiltshire safer.",
    ],
    focus: [
      "The PCC Community Action Fund is to be launched enabling local groups apply and secure funding for projects that support delivery of the Police & Crime Plan by end of Q1.",
      "Progress performance reporting will be in place to monitor reductions in CO2 emissions across OPCC and Wiltshire Police.",
      "Deliver enhanced OPCC organisational and departmental performance scorecards to improve delivery.",
    ],
    risks: [
      "Demand planning, capability and capacity within the Force.",
      "Unable to dispose of estate identified for disposal or not achieving anticipated capital.",
    ],
  },
  {
    number: 2,
    title: "Reduce violence and serious harm",
    outcomes: [
      "Following the launch of the 'Safety at Night’ charter 140 businesses have signed ups and public transport links have been forged with16 taxi firms joining.",
      "OPCC has appointed a serious violence coordinator who will work with the force and Community Safety Partnerships to deliver the requirements of the Serious Violence Duty and support implementation to reduce violence in Wiltshire.",
      "The Starting Point Mentoring Pilot, commissioned jointly with Swindon Borough Council, has supported a total of 26 children at risk of engaging in the criminal justice system or being exploited. These include young people attending EOTAS (Education Other Than at School).",
      "OPCC have worked with partners to develop an intervention called the 'The Blunt Truth’ running alongside Op Sceptre, a national initiative tackling knife crime. The Blunt truth is delivered in schools and supports knife crime education.",
      "Mobilisation of the Victims Voice Project; aligned to the victim satisfaction survey. This will deliver surveys to wider victim cohort improving the range of vulnerability reached with a larger question set for valuable learnings and drive improvements in policing for future victims.",
      "OPCC is aligned to Op Soteria and a further survey has been rolled out to victims of rape and serious sexual offences.",
      "OPCC mobilised a co commissioned DA perpetrator programme, allowing IOM to monitor 64 high risk offenders in the community and custody.",
    ],
    focus: [
      "The OPCC has produced two strategies rejuvenating the DA steering group and refreshing delivery plans.",
      "The Serious Violence Duty Co-Ordinator will be working with Crest and the specified authorities to progress the development of the serious violence strategic needs assessment (SNA) as part of the Serious Violence Duty requirements",
      "In a partnership, the OPCC will work with Wiltshire Police and Youth Justice Service to support the implementation and mobilisation of a Focused Deterrence project. This will support tackling serious violence.",
      "The OPCC are arranging a special event to support victims of stalking and harassment, building the services available to victims with partner agencies.",
    ],
    risks: [
      "VCOP compliance continues to be a challenge. Improvements through new measures introduced under the force back to basics gold groups. The OPCC Victims rights survey produced a set of recommendations April 23 support the forces work.",
    ],
  },
  {
    number: 3,
    title: "Tackle crimes that matter to local communities",
    outcomes: [
      "PL Kicks have successfully delivered 160 hours of PL Kick sessions to children within Swindon during the 22-23 programme. PL Kicks will continue in 2023-24 delivering a further 160 hours, including providing opportunities for children working with Swindon Youth Justice Service.",
      "The fourth Op Scorpion occurred; a national campaign set to cause major disruptions to drug dealers and targeting those that would exploitation young people across Wiltshire. 14 arrests were made, with Cocaine worth £9,150, cannabis worth £1,150, cash to the value £1,500 and 10 vehicles were seized.",
      "The Wiltshire and Swindon Youth Commission (WSYC) presented their year 2 findings at the 'Big conversation Conference' in March in respect of policing and community safety. WSYC identified 5 priority areas along with recommendations for the PCC and Partner agencies to consider in the year ahead.",
      "Community remedy document –The community remedy document has been updated and will be made available on the PCC's website Q2 2023.",
      "The ASB Toolkit for the public has now been published on the Wiltshire Safeguarding Vulnerable People Partnership (SVPP) website. Swindon are due to localise this and replicate on the SBC website.",
    ],
    focus: [
      "Further ongoing development of the approach to ASB across the partnership. The focus will be on the partnership interface, roles and responsibilities.",
      "The Starting point mentoring project year one is complete. A jointly funded project for 26 young people will continue into year 2, taking the learning from the project to date. Year two, will see the OPCC help develop the service further to provide more intensive support to young people with improvements to partnership collaboration (Team around the child).",
    ],
    risks: [
      "The force L & D capability, capacity and facilities require improvements to deliver effective and efficient policing service. New operating model commenced March 23, including improved performance measures and business planning processes.",
    ],
  },
  {
    number: 4,
    title: "Improve the experience of victims and deliver justice",
    outcomes: [
      "OPCC funded Swindon Youth Justice Services received an Outstanding rating following the 2023 HM Inspectorate of probation visit. The inspectors highlighted the services organisational governance, leadership, staff and partnerships alongside Court disposals for excellence.",
      "Built resilience within the Wilts Police Legal services following the recruitment of a para legal with civil preventative orders expertise to assist in VAWG policing.",
      "The OPCC have worked with partners to mobilise the new alcohol and substance misuse and Mental Health Treatment Requirement (MHTR) services.",
      "Refreshed local female offender strategy and delivery plan. The OPCC has developed the MOJ tactical tool kit which will now sit within the NPCC board and APCC female offender working group.",
    ],
    focus: [
      "The OPCC are to organise a Military and veterans in justice partnership event 10 July 2023 to map and then produce a strategy to support and focus the significant work in this field.",
      "The OPCC are working with partner to produce an Offenders housing provisions strategy to ensure provisions are sufficiently resilient and risks associated to a loss of housing are mitigated effectively.",
      "The OPCC are developing a “mental health map” in the criminal justice system to measure performance in this area.",
    ],
    risks: [
      "The CJS environment nationally remains challenging, with Wiltshire and Wessex performing relatively well. National focus on driving standards across CJS, however structural challenges remain on workforce availability particularly in defence, efficiency of courts and the resultant impact on victims, with Horizon Victim Care continuing to manage high caseloads.",
      "Custody healthcare recruitment remains challenging. The provider has undertaken various actions to improve application volumes.",
    ],
  },
];
