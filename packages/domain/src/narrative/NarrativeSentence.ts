/** One drafted bullet: key says which computation produced it ("latest", "yoy", "spc", …). */
export interface NarrativeSentence {
  key: string;
  text: string;
}
