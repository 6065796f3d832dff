import type { SeedDeliverable } from "../types.ts";

// "Deliverables Progress" tables, in report order. due is exactly as written; dueDate is the last day
// of the month named (calendar Q4 2023 for "Q4 2023"). Text in brackets after an action is its note.
export const deliverables: SeedDeliverable[] = [
  {
    priority: 1,
    action: "Tidworth police building site work started.",
    due: "Q4 2023",
    dueDate: "2023-12-31",
    progress: 40,
  },
  {
    priority: 1,
    action: "Use of two mobile police stations to be introduced",
    due: "June 23",
    dueDate: "2023-06-30",
    progress: 50,
    note: "Unexpected vehicle delivery delays are continuing to cause setbacks",
  },
  {
    priority: 2,
    action: "OPCC and NHS to recommission therapeutic interventions to support victims of child abuse",
    due: "Sept 2023",
    dueDate: "2023-09-30",
    progress: 60,
    note: "revisions of the procurement timetable at a local – national level in the last quarter",
  },
  {
    priority: 2,
    action: "Recruitment of one additional force/OPCC lawyer and two para legal.",
    due: "April 23",
    dueDate: "2023-04-30",
    progress: 100,
  },
  {
    priority: 2,
    action: "Mobilisation of a new Fearless contract support the victims of Domestic Abuse",
    due: "April 2023",
    dueDate: "2023-04-30",
    progress: 100,
  },
  {
    priority: 2,
    action: "Development of the Serious Violence Strategic Needs Assessment for Wiltshire and Swindon",
    due: "Sept 2023",
    dueDate: "2023-09-30",
    progress: 10,
  },
  {
    priority: 3,
    action:
      "Roll out of the ASB educational tool kit – helping the public identify ASB and find the correct resources to combat it.",
    due: "Mar 23",
    dueDate: "2023-03-31",
    progress: 95,
  },
  {
    priority: 3,
    action: "PL Kicks – provisions to increase youth engagement in positive activity 2023.",
    due: "April 23",
    dueDate: "2023-04-30",
    progress: 100,
  },
  {
    priority: 3,
    action:
      "Youth commission; youth voice groups - a platform for young people to express their thoughts on key problems within society and hold partners to account.",
    due: "March 23",
    dueDate: "2023-03-31",
    progress: 100,
  },
  {
    priority: 4,
    action:
      "The OPCC are supporting both Wilts Council and Swindon Borough Council with their new individual substance misuse service tenders and will continue to co-commission from April 2023.",
    due: "Contract start April 2023",
    dueDate: "2023-04-30",
    progress: 95,
  },
  {
    priority: 4,
    action: "Re-commissioning of MHTR service from April 2023 to start",
    due: "Contract start April 2023",
    dueDate: "2023-04-30",
    progress: 95,
  },
  {
    priority: 4,
    action:
      "New Advocacy (SV)services tender complete - 6-year contract will see greater funding provided resulting in improved services, increased staffing and introduce online offence services for victims.",
    due: "April 23",
    dueDate: "2023-04-30",
    progress: 75,
  },
];
