import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EventsExportParams } from '../../api/exports/export-params.js';
import { schema } from '../../api/schema/index.js';
import { isoDate } from '../../graph/seed/seed-schemas.js';
import { isCalendarDate } from '../../graph/time/calendar-date.js';
import { parseViewState } from '../../web/src/app/url-state.js';

describe('isCalendarDate', () => {
  it('accepts days that exist, leap days included', () => {
    for (const day of ['2025-02-28', '2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01']) {
      expect(isCalendarDate(day)).toBe(true);
    }
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const value of [
      '2025-02-30',
      '2025-02-29',
      '1900-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-6-1',
      '2025-06-01T00:00',
      20250601,
      null,
    ]) {
      expect(isCalendarDate(value)).toBe(false);
    }
  });
});

describe('2025-02-30 everywhere a date is accepted', () => {
  it('is refused by the Date scalar as BAD_USER_INPUT, as a literal and as a variable', () => {
    const scalar = schema.getType('Date') as import('graphql').GraphQLScalarType;
    const codeOf = (run: () => unknown) => {
      try {
        run();
        return 'accepted';
      } catch (error) {
        return (error as { extensions?: { code?: string } }).extensions?.code;
      }
    };
    expect(codeOf(() => scalar.parseValue('2025-02-30'))).toBe('BAD_USER_INPUT');
    const literal = parse('{ f(d: "2025-02-30") }')
      .definitions[0] as import('graphql').OperationDefinitionNode;
    const node = (literal.selectionSet.selections[0] as import('graphql').FieldNode).arguments?.[0]?.value;
    expect(codeOf(() => scalar.parseLiteral(node as import('graphql').ValueNode))).toBe('BAD_USER_INPUT');
    expect(scalar.parseValue('2024-02-29')).toBe('2024-02-29');
  });

  it('is refused by the export parameters, the seed files and the web URL', () => {
    expect(EventsExportParams.safeParse({ from: '2025-02-30' }).success).toBe(false);
    expect(EventsExportParams.safeParse({ from: '2025-02-28' }).success).toBe(true);
    expect(isoDate.safeParse('2025-02-30').success).toBe(false);
    expect(parseViewState('?from=2025-02-30&to=2025-03-30').range).toBeNull();
  });
});
