// One CSV line (RFC 4180): a cell with a comma, quote or line break is quoted, its quotes doubled.
export function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map((c) => (c === null ? '' : /[",\r\n]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : String(c))).join(',')}\n`;
}
