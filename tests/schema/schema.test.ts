import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The schema is printed by the real script in its own Node process, exactly as
// `npm run schema:print` does (and with the one graphql-js copy production loads).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const printed = execFileSync(process.execPath, ['--import', 'tsx', 'api/print-schema.ts', '--stdout'], {
  cwd: ROOT,
  encoding: 'utf8',
});

describe('api/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` when this fails)', () => {
    expect(readFileSync(`${ROOT}/api/schema.graphql`, 'utf8')).toBe(printed);
  });

  it('keeps the query names the issue fixes as the contract', () => {
    const query = /type Query \{([\s\S]*?)\n\}/.exec(printed)?.[1] ?? '';
    const fields = [...query.matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]);
    expect(fields).toEqual(
      expect.arrayContaining([
        'node',
        'nodes',
        'search',
        'actors',
        'events',
        'issues',
        'places',
        'claims',
        'sources',
        'timeline',
        'neighborhood',
        'paths',
        'stats',
      ]),
    );
    // Writes (issue 11) are mutations: verb-first names, one <Verb><Type>Input each.
    expect(printed).toMatch(/type Mutation \{/);
  });

  it('declares Entity with evidence, implemented by every domain type', () => {
    expect(printed).toMatch(/interface Entity implements Node \{[\s\S]*evidence: \[Statement!\]!/);
    for (const type of ['Actor', 'Place', 'Issue', 'Event', 'Claim']) {
      expect(printed).toContain(`type ${type} implements Entity & Node`);
    }
  });

  it('gives every edge type its evidence', () => {
    for (const link of [
      'ActorLink',
      'EventLink',
      'PlaceLink',
      'IssueLink',
      'ClaimLink',
      'EntityLink',
      'GraphEdge',
    ]) {
      const body = new RegExp(`type ${link} \\{([\\s\\S]*?)\\n\\}`).exec(printed)?.[1] ?? '';
      expect(body, link).toContain('evidence: [Statement!]!');
    }
  });
});
