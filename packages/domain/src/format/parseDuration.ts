/**
 * Reads a duration as the app and the report write it, in seconds:
 * - a clock reading, m:ss or h:mm:ss (formatClock's output): "9:45" → 585, "1:54:53" → 6893;
 * - words (formatDurationWords' output and its short forms): "11m 41 secs", "11m 41s", "1h 54m 53s", "48 secs".
 * Minutes and seconds after a larger part must be below 60, so a slip such as "9:75" is refused
 * rather than read as 10:15. A plain number is not a duration here: callers read it as seconds.
 * @example parseDuration("12:26") // 746
 * @returns seconds, or null when the text is not a duration
 */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  return CLOCK.test(trimmed) ? parseClock(trimmed) : parseWords(trimmed);
}

const CLOCK = /^\d+(:[0-5]\d){1,2}$/;
const WORD_PART = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/;
const SECONDS_PER: Record<string, number> = {
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
};

function parseClock(text: string): number {
  // "9:45" is minutes and seconds, "1:54:53" hours, minutes and seconds: the way formatClock writes them.
  return text.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}

function parseWords(text: string): number | null {
  // Parts are split where a number follows a unit: "1h 54m 53s", "11m41s", "11 mins, 41 secs".
  const parts = text.split(/(?<=[a-z])[\s,]*(?:and\s+)?(?=\d)/);
  let total = 0;
  let previousSize = Number.POSITIVE_INFINITY;
  for (const part of parts) {
    const match = WORD_PART.exec(part.trim());
    const size = match ? SECONDS_PER[match[2]!] : undefined;
    if (!match || size === undefined || size >= previousSize) return null;
    const amount = Number(match[1]);
    if (previousSize !== Number.POSITIVE_INFINITY && amount * size >= previousSize) return null;
    total += amount * size;
    previousSize = size;
  }
  return total;
}
