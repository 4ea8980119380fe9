import { describe, expect, it } from 'vitest';
import { relationshipEndsOf } from '../../api/global-id.js';

describe('relationshipEndsOf', () => {
  it('returns both entity ids when the id is <from>|<TYPE>|<to>', () => {
    expect(relationshipEndsOf('actor:ukraine|PARTICIPATED_IN|event:istanbul-talks', 'id')).toEqual([
      'actor:ukraine',
      'event:istanbul-talks',
    ]);
  });

  it.each(['actor:ukraine', 'actor:ukraine|HOLDS', 'a|b|c', 'actor:x|holds|claim:y', ''])(
    'throws BAD_USER_INPUT naming the argument when the id is %j',
    (id) => {
      expect(() => relationshipEndsOf(id, 'id')).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'id' } }),
      );
    },
  );
});
