import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, writeCsv } from '../../api/exports/csv.js';

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Istanbul talks')).toBe('Istanbul talks');
    expect(csvField(3)).toBe('3');
    expect(csvField(true)).toBe('true');
  });

  it('writes null and undefined as an empty field', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes a field when it holds a comma, a quote, CR or LF, doubling quotes', () => {
    expect(csvField('Russia, Ukraine')).toBe('"Russia, Ukraine"');
    expect(csvField('the "most recent" swap')).toBe('"the ""most recent"" swap"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
  });

  it('quotes a field with leading or trailing spaces so readers do not trim them', () => {
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('padded ')).toBe('"padded "');
  });

  it('keeps non-ASCII text unchanged', () => {
    expect(csvField('Türkiye’s “talks”')).toBe('Türkiye’s “talks”');
  });
});

describe('writeCsv', () => {
  const columns = [
    { name: 'id', value: (r: { id: string; note: string | null }) => r.id },
    { name: 'note', value: (r: { id: string; note: string | null }) => r.note },
  ];

  it('writes a header and one CRLF-terminated record per row', () => {
    const csv = writeCsv(columns, [
      { id: 'event:a', note: null },
      { id: 'event:b', note: 'x, "y"\nz' },
    ]);
    expect(csv).toBe('id,note\r\nevent:a,\r\nevent:b,"x, ""y""\nz"\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(writeCsv(columns, [])).toBe('id,note\r\n');
  });

  it('joins fields of a record with commas', () => {
    expect(csvRecord(['a', null, 2])).toBe('a,,2');
  });
});
