import { describe, expect, it } from 'vitest';
import type { SeedProblem } from '../../graph/seed/seed-errors.js';
import type { Item } from '../support/create-test-seed.js';
import { first, rejectionOf } from '../support/seed-rejection.js';

// References, ids, evidence, dates and the file format itself (no database).

describe('seed validation of references, evidence and dates', () => {
  it('rejects an unknown reference and suggests the closest id', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) =>
        doc.relationships.push({
          from: 'actor:test-alpha',
          type: 'HOSTED',
          to: 'event:test-talk',
          evidence: ['The talks in Gamma'],
        }),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'relationships[6].to' });
    expect(problems[0]?.hint).toContain('Did you mean event:test-talks?');
    expect(await lineText(problems[0] as SeedProblem)).toContain('to: event:test-talk');
  });
  it('rejects an id defined twice in one source, pointing at both definitions', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) =>
        doc.actors.push({
          id: 'actor:test-beta',
          name: 'Beta again',
          kind: 'state',
          evidence: ['Beta rejects'],
        }),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'DUPLICATE_ID', field: 'actors[3]' });
    expect(problems[0]?.message).toMatch(/defined twice.*first at .*statements\.yaml:\d+/);
    expect(await lineText(problems[0] as SeedProblem)).toContain('id: actor:test-beta');
  });
  it('treats A OPPOSES B and B OPPOSES A as the same relationship', async () => {
    const { problems } = await rejectionOf({
      statements: (doc) =>
        doc.relationships.push({
          from: 'claim:test-alpha-demands',
          type: 'OPPOSES',
          to: 'claim:test-beta-rejects',
          evidence: ['Beta rejects'],
        }),
    });
    expect(problems[0]?.code).toBe('DUPLICATE_ID');
  });
  it('rejects a relationship without evidence', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) => {
        delete first(doc.relationships).evidence;
      },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'MISSING_EVIDENCE', field: 'relationships[0]' });
    expect(problems[0]?.message).toContain(
      'PARTICIPATED_IN relationship from actor:test-alpha,actor:test-beta',
    );
    expect(await lineText(problems[0] as SeedProblem)).toContain('from:');
  });
  it('rejects an entity without evidence', async () => {
    const { problems } = await rejectionOf({ statements: (doc) => (first(doc.issues).evidence = []) });
    expect(problems[0]).toMatchObject({
      code: 'MISSING_EVIDENCE',
      message: 'issue:test-territory has no evidence',
    });
  });
  it.each([
    ['not a calendar day', '2020-02-30', /is not a calendar date/],
    ['in another format', '24/02/2022', /is not a calendar date/],
  ])('rejects a malformed date (%s)', async (_, earliest, message) => {
    const { problems, lineText } = await rejectionOf({
      context: (doc) => (first(doc.events).earliest = earliest),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'MALFORMED_DATE', field: 'events[0].earliest' });
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.file).toMatch(/context-events\.yaml$/);
    expect(problems[0]?.hint).toMatch(/YYYY-MM-DD/);
    expect(await lineText(problems[0] as SeedProblem)).toContain(earliest);
  });
  it('rejects dates that do not match their precision and a date guessed for a relative event', async () => {
    const month = await rejectionOf({
      context: (doc) => Object.assign(first(doc.events), { precision: 'month' }),
    });
    expect(month.problems[0]).toMatchObject({ code: 'MALFORMED_DATE', field: 'events[0]' });
    const guessed = await rejectionOf({
      statements: (doc) => ((first(doc.events).time as Item).earliest = '2021-01-01'),
    });
    expect(guessed.problems[0]?.message).toMatch(/takes no dates/);
  });
  it('rejects an order that contradicts the dates', async () => {
    const { problems } = await rejectionOf({
      statements: (doc) => {
        doc.events.push({
          id: 'event:test-earlier',
          name: 'Earlier',
          kind: 'agreement',
          time: { precision: 'day', earliest: '2019-01-01', latest: '2019-01-01' },
          evidence: ['The talks in Gamma remain stalled.'],
        });
        doc.relationships.push({
          from: 'event:test-war-start',
          type: 'PRECEDES',
          to: 'event:test-earlier',
          evidence: ['The war began'],
        });
      },
    });
    expect(problems.map((p) => p.code)).toContain('TIME_CONFLICT');
  });
  it('rejects a relationship whose endpoints its type does not allow', async () => {
    const { problems } = await rejectionOf({
      statements: (doc) =>
        doc.relationships.push({
          from: 'place:test-gamma',
          type: 'HOSTED',
          to: 'event:test-talks',
          evidence: ['The talks'],
        }),
    });
    expect(problems[0]).toMatchObject({ code: 'ENDPOINT_MISMATCH' });
    expect(problems[0]?.message).toMatch(/HOSTED goes from Actor to Event, not from Place to Event/);
  });
  it('rejects a misspelt field instead of ignoring it', async () => {
    const { problems, lineText } = await rejectionOf({
      statements: (doc) => {
        first(doc.actors).evidance = first(doc.actors).evidence;
      },
    });
    expect(problems[0]).toMatchObject({ code: 'INVALID_FIELD', field: 'actors[0]' });
    expect(problems[0]?.message).toMatch(/evidance/);
    expect(await lineText(problems[0] as SeedProblem)).toContain('id: actor:test-alpha');
  });
  it('reports YAML syntax errors with their line', async () => {
    const { problems } = await rejectionOf({
      raw: { 'statements.yaml': 'actors:\n  - id: actor:x\n   name: bad indent\n' },
    });
    expect(problems[0]).toMatchObject({ code: 'YAML_SYNTAX' });
    expect(problems[0]?.line).toBeGreaterThan(1);
  });
  it('lists every problem at once and says nothing was written', async () => {
    const { problems, message } = await rejectionOf({
      statements: (doc) => {
        (first(doc.actors).evidence as unknown[]).push('not in the text');
        doc.relationships.push({
          from: 'actor:test-nobody',
          type: 'HOLDS',
          to: 'claim:test-beta-rejects',
          evidence: ['Beta'],
        });
      },
    });
    expect(problems.map((p) => p.code).sort()).toEqual([
      'QUOTE_AMBIGUOUS',
      'QUOTE_NOT_FOUND',
      'UNKNOWN_REFERENCE',
    ]);
    expect(message).toMatch(/^The seed files have 3 problems; nothing was written to the database\./);
  });
});
