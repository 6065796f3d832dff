/**
 * Version of the sentence templates. Stored with each drafted sentence so a draft can be reproduced,
 * and bumped whenever any template's wording changes.
 */
export const NARRATIVE_GENERATOR_VERSION = "2.0.0";
