import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FIND_PATHS_QUERY } from '../../web/src/api/find-paths.js';
import { GET_ENTITY_QUERY } from '../../web/src/api/get-entity.js';
import { GET_NEIGHBORHOOD_QUERY } from '../../web/src/api/get-neighborhood.js';
import { GET_SOURCE_QUERY } from '../../web/src/api/get-source.js';
import { GET_STATEMENTS_QUERY } from '../../web/src/api/get-statements.js';
import { LIST_SOURCES_QUERY } from '../../web/src/api/list-sources.js';
import { OVERVIEW_QUERY } from '../../web/src/api/load-overview.js';
import { TIMELINE_QUERY } from '../../web/src/api/load-timeline.js';
import { SEARCH_QUERY } from '../../web/src/api/search-entities.js';

// The web app's operations against the printed schema, the API's contract: a renamed or removed
// field fails here rather than in a user's browser.
const schema = buildSchema(readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'));

const OPERATIONS = {
  FIND_PATHS_QUERY,
  GET_ENTITY_QUERY,
  GET_NEIGHBORHOOD_QUERY,
  GET_SOURCE_QUERY,
  GET_STATEMENTS_QUERY,
  LIST_SOURCES_QUERY,
  OVERVIEW_QUERY,
  TIMELINE_QUERY,
  SEARCH_QUERY,
};

describe('web GraphQL operations', () => {
  for (const [name, document] of Object.entries(OPERATIONS)) {
    it(`${name} is valid against api/schema.graphql`, () => {
      const errors = validate(schema, parse(document)).map((error) => error.message);
      expect(errors).toEqual([]);
    });

    it(`${name} holds exactly one operation`, () => {
      const operations = parse(document).definitions.filter((d) => d.kind === 'OperationDefinition');
      expect(operations).toHaveLength(1);
    });
  }
});
