import type { SeedArea } from "../types.ts";

export const areas: SeedArea[] = [
  { code: "force", name: "Wiltshire Police (force-wide)", position: 0 },
  { code: "county", name: "County hub", position: 1 },
  { code: "swindon", name: "Swindon hub", position: 2 },
];
