/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): = + - @,
 * tab, carriage return and line feed, their full-width forms (Excel in East Asian locales reads
 * ＝1+1 as =1+1) and the small forms of the same signs.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;

// Spaces before the sign do not stop every program (LibreOffice trims them on request).
const LEADING_SPACE = /^[\s\u00A0\u3000]+/;

// A plain decimal number: "-2" is a value, "-2+3" is a formula.
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Text that a spreadsheet could run as a formula, prefixed with an apostrophe so it shows as the
 * text it is (OWASP's advice); any other text, and numbers written as text, unchanged.
 */
export function neutraliseFormula(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  const start = text.replace(LEADING_SPACE, "");
  return FORMULA_START.test(start) || FORMULA_START.test(text) ? `'${text}` : text;
}
