// RFC 4180 CSV: CRLF between records, a field quoted when it holds a comma, a double quote,
// CR or LF (or starts/ends with a space, which some readers trim), quotes doubled inside.
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** A header line and one record per row; every record ends with CRLF. */
export function writeCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [csvRecord(columns.map((column) => column.name))];
  for (const row of rows) lines.push(csvRecord(columns.map((column) => column.value(row))));
  return `${lines.join('\r\n')}\r\n`;
}

export interface CsvColumn<T> {
  name: string;
  value: (row: T) => CsvValue;
}
