import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../web/src/app/state.js';
import { parseViewState } from '../../web/src/app/url-state.js';
import { KIND_STYLES } from '../../web/src/graph/stylesheet.js';

// The web's list of kinds against the API's contract: a kind the schema has and the web lacks
// would silently never be drawn, filtered or put in a URL.
const schema = buildSchema(readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'));
const schemaKinds = (schema.getType('EntityKind') as GraphQLEnumType).getValues().map((v) => v.name);

describe('web entity kinds', () => {
  it('equal the values of the schema’s EntityKind enum', () => {
    expect([...ENTITY_KINDS].sort()).toEqual([...schemaKinds].sort());
  });

  it('each have a style (colour, shape and legend label)', () => {
    expect(Object.keys(KIND_STYLES).sort()).toEqual([...schemaKinds].sort());
  });

  it('are all accepted by the URL parser', () => {
    expect(parseViewState(`?kinds=${schemaKinds.join(',')}`).kinds.sort()).toEqual([...schemaKinds].sort());
  });
});
