/**
 * Doses, mg/kg figures, daily schedules and course lengths, in English and Spanish: the card gives none
 * (DESIGN.md). Used by the plain-language tests of every language.
 */
export const DOSING_PATTERNS: readonly RegExp[] = [
  // English
  /\d\s*(mg|milligrams?|micrograms?|mcg|µg|g)\b/i,
  /\bmg\b|\bmilligrams?\b|\/kg\b|per kilo/i,
  /\b(once|twice|three times|\d+ times)\s+(a|per|each)\s+day\b/i,
  /\bevery\s+\d+\s+hours?\b/i,
  /\b(daily|a day)\s+dose\b|\bdose\s+of\b|\bdosage\b|\bdoses?\b/i,
  /\b(course|treatment)\s+(lasts?|of|is)\s+(about\s+)?\d+/i,
  /\bfor\s+\d+\s*(to|-|–)\s*\d+\s+(weeks|months)\b/i,
  /\bcumulative\b/i,
  // Spanish ("mg" and "/kg" are caught above)
  /(?<!\p{L})(miligramos?|microgramos?)(?!\p{L})|por kilo/iu,
  /(?<!\p{L})(dosis|posología)(?!\p{L})/iu,
  /(?<!\p{L})(al|por|cada) día(?!\p{L})/iu,
  /(?<!\p{L})veces (al|por|cada) día(?!\p{L})/iu,
  /(?<!\p{L})cada\s+(\d+|dos|tres|cuatro|seis|ocho|doce|veinticuatro)\s+horas?(?!\p{L})/iu,
  /(?<!\p{L})(el |un )?(tratamiento|ciclo)\s+(dura|es de|de)\s+(unas?\s+)?\d+/iu,
  /(?<!\p{L})durante\s+\d+\s*(a|-|–)\s*\d+\s+(semanas|meses)(?!\p{L})/iu,
  /(?<!\p{L})acumulad[ao]s?(?!\p{L})/iu,
];

/** The dosing patterns a text matches (empty = no dosing advice). */
export function dosingHits(text: string): RegExp[] {
  return DOSING_PATTERNS.filter((pattern) => pattern.test(text));
}
