import { describe, expect, it } from 'vitest';
import { crosswalkProperties, EVENT_TYPE_NAMES, EVENT_TYPES } from '../../graph/model/event-types.js';

describe('event types', () => {
  it('explains every standard that has no code for a type', () => {
    for (const name of EVENT_TYPE_NAMES) {
      const entry = EVENT_TYPES[name];
      const missing = [entry.plover, entry.cameo, entry.acled].some((code) => code === null);
      expect(entry.why !== null, name).toBe(missing);
    }
  });

  it('codes a prisoner exchange as PLOVER RETREAT/release, CAMEO 0841 and ACLED Strategic developments › Agreement', () => {
    expect(crosswalkProperties('prisoner-exchange')).toEqual({
      ploverType: 'RETREAT',
      ploverMode: 'release',
      cameoCode: '0841',
      cameoLabel: 'Return, release person(s)',
      acledEventType: 'Strategic developments',
      acledSubEventType: 'Agreement',
    });
  });
});
