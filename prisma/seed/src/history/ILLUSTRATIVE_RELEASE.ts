/** The source release of every generated value: never to be mistaken for a published figure. */
export const ILLUSTRATIVE_RELEASE = "Illustrative history (generated; not from the report)";
