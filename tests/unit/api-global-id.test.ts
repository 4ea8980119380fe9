import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId, entityLabelOf, idsOf } from '../../api/global-id.js';

describe('global ids', () => {
  it('are the readable stable ids themselves', () => {
    expect(encodeGlobalId('Actor', 'actor:ukraine')).toBe('actor:ukraine');
    expect(decodeGlobalId('actor:ukraine')).toEqual({ typename: 'Actor', id: 'actor:ukraine' });
    expect(decodeGlobalId('statement:000_abc:120-188').typename).toBe('Statement');
    expect(decodeGlobalId('source:000_abc').typename).toBe('Source');
  });

  it('reject an id with an unknown prefix as BAD_USER_INPUT', () => {
    for (const id of ['ukraine', 'country:ukraine', 'QWN0b3I6MQ==', '']) {
      expect(() => decodeGlobalId(id)).toThrow(GraphQLError);
    }
  });

  it('check that filter ids are of the expected kind', () => {
    expect(entityLabelOf('event:istanbul-talks', 'id')).toBe('Event');
    expect(() => entityLabelOf('source:x', 'id')).toThrow(/not an entity id/);
    expect(idsOf(['actor:russia'], 'Actor', 'actorIds')).toEqual(['actor:russia']);
    expect(() => idsOf(['event:x'], 'Actor', 'actorIds')).toThrow(/actorIds/);
    expect(idsOf(null, 'Actor', 'actorIds')).toBeNull();
  });
});
