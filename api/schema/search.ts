import type { StatementRecord } from '../../graph/model/records.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import { buildLuceneQuery, contentTerms } from '../../graph/queries/lucene.js';
import { searchEntities } from '../../graph/queries/search-entities.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { BadUserInputError } from '../errors.js';
import { intArg } from '../int-arg.js';
import { highlight, type Snippet, snippetHtml } from '../logic/highlight.js';
import { Entity } from './entity.js';
import { EntityKind, EventOrigin } from './enums.js';
import { Statement } from './statement.js';
import { statusArg } from './status-arg.js';

export const MAX_SEARCH_RESULTS = 50;

type MatchedIn = 'NAME' | 'ALIAS' | 'DESCRIPTION' | 'STATEMENT';

interface Hit {
  entity: EntityNode;
  score: number;
  statement: StatementRecord | null;
  matchedIn: MatchedIn;
  snippet: Snippet;
}

const SearchField = builder.enumType('SearchField', {
  description: 'Which text of the entity matched.',
  values: ['NAME', 'ALIAS', 'DESCRIPTION', 'STATEMENT'] as const,
});

const TextRange = builder.objectRef<{ start: number; end: number }>('TextRange').implement({
  description: 'A range of UTF-16 offsets, end exclusive.',
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
});

export const SearchSnippet = builder.objectRef<Snippet>('Snippet').implement({
  description: 'A short excerpt of the matched text with the matching words marked.',
  fields: (t) => ({
    text: t.exposeString('text'),
    highlights: t.field({ type: [TextRange], resolve: (s) => s.highlights }),
    html: t.string({
      description: 'Escaped HTML with <mark> around matches.',
      resolve: (s) => snippetHtml(s),
    }),
  }),
});

const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One ranked search result.',
  fields: (t) => ({
    entity: t.field({ type: Entity, resolve: (h) => h.entity }),
    score: t.exposeFloat('score', {
      description: 'Relevance; higher is better, comparable within one search.',
    }),
    matchedIn: t.field({ type: SearchField, resolve: (h) => h.matchedIn }),
    snippet: t.field({ type: SearchSnippet, resolve: (h) => h.snippet }),
    statement: t.field({
      type: Statement,
      nullable: true,
      description: 'The evidence statement that matched, when `matchedIn` is STATEMENT.',
      resolve: (h) => h.statement,
    }),
  }),
});

function toHit(
  row: { entity: EntityNode; score: number; statement: StatementRecord | null },
  terms: string[],
): Hit {
  const { entity, statement } = row;
  const matches = (text: string) => highlight(text, terms).highlights.length > 0;
  let matchedIn: MatchedIn = 'STATEMENT';
  let text = statement?.text ?? entity.name;
  if (!statement) {
    const alias = entity.aliases.find(matches);
    if (matches(entity.name)) [matchedIn, text] = ['NAME', entity.name];
    else if (alias) [matchedIn, text] = ['ALIAS', alias];
    else if (entity.description && matches(entity.description))
      [matchedIn, text] = ['DESCRIPTION', entity.description];
    else matchedIn = 'NAME';
  }
  return { entity, score: row.score, statement, matchedIn, snippet: highlight(text, terms) };
}

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHit],
    description:
      'Full-text search over names, aliases, descriptions and evidence statements; statement hits map to the entities they evidence. An exact name or alias ranks first, then a statement holding the whole query (three words or more), then the query as a phrase, then its words; stop-words ("in", "the"…) match only inside the phrase, and `matchedIn` names the field a real word matched in. Best first. For the matching sentences themselves, use `searchStatements`.',
    args: {
      query: t.arg.string({
        required: true,
        description: 'Words to find; punctuation and operators are ignored.',
      }),
      ...statusArg,
      kinds: t.arg({ type: [EntityKind], required: false }),
      origin: t.arg({
        type: [EventOrigin],
        required: false,
        description:
          'Events of these origins only; default both. Context events are found by their own name, aliases and description, never by the article sentences that only allude to them.',
      }),
      first: t.arg.int({ defaultValue: 10, description: `1–${MAX_SEARCH_RESULTS}.` }),
    },
    resolve: async (_root, args, ctx) => {
      if (!args.query.trim()) throw new BadUserInputError('"query" must not be empty.', 'query');
      const first = intArg(args.first, 'first', { fallback: 10, min: 1, max: MAX_SEARCH_RESULTS });
      const lucene = buildLuceneQuery(args.query);
      if (!lucene) return [];
      const rows = await searchEntities(ctx.client, {
        lucene,
        typed: args.query,
        labels: args.kinds ?? null,
        origins: args.origin ?? null,
        first,
        status: askedStatuses(args.status, ctx),
      });
      return rows.map((row) => toHit(row, contentTerms(args.query)));
    },
  }),
);
