import { describe, expect, it } from 'vitest';
import { EVENT_CSV_COLUMNS, eventsToCsv, participantText } from '../../api/exports/events-csv.js';
import { createTestEvent, createTestEventRow } from '../support/export-fixtures.js';

describe('eventsToCsv', () => {
  it('starts with the documented header', () => {
    expect(eventsToCsv([]).split('\r\n')[0]).toBe(EVENT_CSV_COLUMNS.join(','));
    expect(EVENT_CSV_COLUMNS).toEqual([
      'id',
      'name',
      'type',
      'earliest',
      'latest',
      'precision',
      'relativePhrase',
      'sortDate',
      'origin',
      'participants',
      'participantIds',
      'place',
      'placeIds',
      'issues',
      'issueIds',
      'description',
      'cameoCode',
      'ploverType',
      'acledEventType',
      'acledSubEventType',
      'evidenceCount',
      'evidence',
      'evidenceIds',
      'status',
      'version',
      'createdBy',
      'createdAt',
      'updatedBy',
      'updatedAt',
      'lastRevisionId',
      'disagreements',
    ]);
  });

  it('writes one record per event with dates, precision, participants, place, issues and quotes', () => {
    const csv = eventsToCsv([createTestEventRow()]);
    expect(csv).toBe(
      `${EVENT_CSV_COLUMNS.join(',')}\r\n` +
        'event:istanbul-talks,Istanbul talks,peace-talks,2025-05-16,2025-07-23,approximate,,2025-05-16,article,' +
        'Turkey (HOSTED); Turkey (MEDIATED: intermediary),actor:turkey; actor:turkey,Istanbul,place:istanbul,' +
        'Ceasefire; Prisoners of war,issue:ceasefire; issue:prisoners,Rounds of talks in Istanbul.,' +
        '046,CONSULT,Strategic developments,Agreement,2,' +
        '"Turkey, hosting the discussions in Istanbul\nNegotiators in Istanbul have failed to make headway",' +
        'statement:src:0-10; statement:src:20-40,' +
        'ACCEPTED,2,seed,2025-06-01T10:00:00Z,jane,2025-06-02T11:00:00Z,revision:1,\r\n',
    );
  });

  it('lists every value the sources disagree on, attributed, one per line', () => {
    const disagreement = {
      field: 'time',
      values: [
        { value: 'day 2022-07-22..2022-07-22', sourceId: 'source:a' },
        { value: 'day 2022-07-23..2022-07-23', sourceId: 'source:b' },
      ],
    };
    const row = createTestEventRow({
      event: createTestEvent({
        disagreements: [JSON.stringify(disagreement)],
        discrepancies: ['Reuters counts 95, the ministry 90.'],
      }),
    });
    const record = eventsToCsv([row]).split('\r\n').slice(1).join('\r\n');
    expect(
      record.endsWith(
        ',"time: ""day 2022-07-22..2022-07-22"" (source:a) vs ""day 2022-07-23..2022-07-23"" (source:b)\n' +
          'discrepancy: Reuters counts 95, the ministry 90."\r\n',
      ),
    ).toBe(true);
  });

  it('leaves unknown dates empty and keeps the relative phrase of a relatively dated event', () => {
    const row = createTestEventRow({
      event: createTestEvent(
        { id: 'event:most-recent-swap', name: 'Most recent swap' },
        { earliest: null, latest: null, precision: 'relative', relativePhrase: 'this most recent swap' },
      ),
      sortDate: null,
    });
    const record = eventsToCsv([row]).split('\r\n')[1] ?? '';
    expect(
      record.startsWith(
        'event:most-recent-swap,Most recent swap,peace-talks,,,relative,this most recent swap,,article,',
      ),
    ).toBe(true);
  });
});

describe('participantText', () => {
  it('names the actor and how it took part, with the role when there is one', () => {
    expect(participantText({ id: 'actor:turkey', name: 'Turkey', type: 'HOSTED', role: null })).toBe(
      'Turkey (HOSTED)',
    );
    expect(
      participantText({ id: 'actor:russia', name: 'Russia', type: 'PARTICIPATED_IN', role: 'combatant' }),
    ).toBe('Russia (PARTICIPATED_IN: combatant)');
  });
});
