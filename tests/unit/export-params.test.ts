import { describe, expect, it } from 'vitest';
import {
  EventsExportParams,
  ExportInputError,
  GraphExportParams,
  readExportParams,
} from '../../api/exports/export-params.js';

const graph = (query: string) => readExportParams(GraphExportParams, new URLSearchParams(query));
const events = (query: string) => readExportParams(EventsExportParams, new URLSearchParams(query));

function errorOf(read: () => unknown): ExportInputError {
  try {
    read();
  } catch (error) {
    if (error instanceof ExportInputError) return error;
    throw error;
  }
  throw new Error('expected an ExportInputError');
}

describe('readExportParams for the graph exports', () => {
  it('takes no parameter at all', () => {
    expect(graph('')).toEqual({});
  });

  it('reads kinds comma-separated or repeated, in any case, as entity labels', () => {
    expect(graph('kinds=ACTOR,event')).toEqual({ kinds: ['Actor', 'Event'] });
    expect(graph('kinds=Actor&kinds=PLACE')).toEqual({ kinds: ['Actor', 'Place'] });
  });

  it('reads relationship types', () => {
    expect(graph('relationTypes=hosted,MEDIATED')).toEqual({ relationTypes: ['HOSTED', 'MEDIATED'] });
  });

  it('names the parameter and the allowed values when a kind is unknown', () => {
    const error = errorOf(() => graph('kinds=actors'));
    expect(error.parameter).toBe('kinds');
    expect(error.message).toBe(
      'Bad "kinds": "actors" is not an entity kind; use one of ACTOR, PLACE, ISSUE, EVENT, CLAIM.',
    );
  });

  it('refuses an unknown parameter and lists the ones it takes', () => {
    const error = errorOf(() => graph('kind=ACTOR'));
    expect(error.parameter).toBe('kind');
    expect(error.message).toBe('Unknown parameter "kind". This export takes: kinds, relationTypes.');
  });
});

describe('readExportParams for the events export', () => {
  it('defaults match to POSSIBLY like the timeline', () => {
    expect(events('')).toEqual({ match: 'POSSIBLY' });
  });

  it('reads the timeline filters', () => {
    expect(
      events(
        'from=2025-01-01&to=2025-12-31&match=certainly&actorIds=actor:russia,actor:ukraine&issueIds=issue:x&types=peace-talks',
      ),
    ).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      match: 'CERTAINLY',
      actorIds: ['actor:russia', 'actor:ukraine'],
      issueIds: ['issue:x'],
      types: ['peace-talks'],
    });
  });

  it('refuses dates that are not calendar dates', () => {
    expect(errorOf(() => events('from=June')).message).toBe(
      'Bad "from": expected a calendar date "YYYY-MM-DD" (a day that exists), got "June"; send a day such as 2025-06-01.',
    );
    expect(errorOf(() => events('to=2025-02-30')).parameter).toBe('to');
  });

  it('refuses a window whose start is after its end', () => {
    const error = errorOf(() => events('from=2025-06-02&to=2025-06-01'));
    expect(error.parameter).toBe('from');
    expect(error.message).toBe('Bad "from": must not be after "to" (2025-06-02 > 2025-06-01).');
  });

  it('refuses ids of the wrong kind and unknown event types', () => {
    expect(errorOf(() => events('actorIds=russia')).message).toBe(
      'Bad "actorIds": takes actor ids like actor:<slug>, got "russia".',
    );
    expect(errorOf(() => events('issueIds=actor:russia')).parameter).toBe('issueIds');
    expect(errorOf(() => events('types=swap')).message).toMatch(
      /^Bad "types": "swap" is not an event type; use one of /,
    );
  });

  it('refuses a single-valued parameter given twice', () => {
    expect(errorOf(() => events('from=2025-01-01&from=2025-02-01')).message).toBe(
      'Give "from" once; it came 2 times.',
    );
  });
});
