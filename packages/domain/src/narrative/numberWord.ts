const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/**
 * Small counts in words, as the report writes "a two-month exceptional high"; digits beyond twelve.
 * @example numberWord(2) // "two"
 */
export function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}
