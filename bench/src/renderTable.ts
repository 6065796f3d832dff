/** Cells as a padded plain-text table (console) or a Markdown table. */
export function renderTable(cells: string[][], style: "text" | "markdown"): string {
  const widths =
    cells[0]?.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length))) ?? [];
  const line = (row: string[]) =>
    row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(style === "markdown" ? " | " : "  ");
  if (style === "text") return cells.map(line).join("\n");
  const [head = [], ...body] = cells;
  const rule = widths.map((width) => "-".repeat(width));
  return [head, rule, ...body].map((row) => `| ${line(row)} |`).join("\n");
}
