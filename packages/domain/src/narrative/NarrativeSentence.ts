/** One drafted bullet: key says which computation produced it ("latest", "change", "spc", …). */
export interface NarrativeSentence {
  key: string;
  text: string;
  /** True when the figures it rests on include illustrative (generated) months. */
  illustrative: boolean;
}
