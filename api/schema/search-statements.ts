import type { StatementRecord } from '../../graph/model/records.js';
import { buildLuceneQuery, contentTerms } from '../../graph/queries/lucene.js';
import { searchStatements } from '../../graph/queries/search-statements.js';
import { askedStatuses } from '../auth/read-statuses.js';
import { builder } from '../builder.js';
import { BadUserInputError } from '../errors.js';
import { decodeGlobalId } from '../global-id.js';
import { intArg } from '../int-arg.js';
import { highlight } from '../logic/highlight.js';
import { MAX_SEARCH_RESULTS, SearchSnippet } from './search.js';
import { Statement } from './statement.js';
import { statusArg } from './status-arg.js';

interface StatementHit {
  statement: StatementRecord;
  score: number;
  terms: string[];
}

const StatementSearchHit = builder.objectRef<StatementHit>('StatementSearchHit').implement({
  description: 'A statement whose words match, with the matches marked.',
  fields: (t) => ({
    statement: t.field({ type: Statement, resolve: (h) => h.statement }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better, within one search.' }),
    snippet: t.field({ type: SearchSnippet, resolve: (h) => highlight(h.statement.text, h.terms) }),
  }),
});

builder.queryField('searchStatements', (t) =>
  t.field({
    type: [StatementSearchHit],
    description:
      'The statements (exact quotes of sources) that match, best first: every matching sentence, not one per entity. The whole query as a phrase outranks its words. `Statement.evidenceFor` and `supports` say what each one is evidence of.',
    args: {
      query: t.arg.string({
        required: true,
        description: 'Words to find; punctuation and operators are ignored.',
      }),
      ...statusArg,
      sourceIds: t.arg.idList({ required: false, description: 'Only statements of these sources.' }),
      first: t.arg.int({ defaultValue: 10, description: `1–${MAX_SEARCH_RESULTS}.` }),
    },
    resolve: async (_root, args, ctx) => {
      if (!args.query.trim()) throw new BadUserInputError('"query" must not be empty.', 'query');
      const first = intArg(args.first, 'first', { fallback: 10, min: 1, max: MAX_SEARCH_RESULTS });
      for (const id of args.sourceIds ?? []) {
        if (decodeGlobalId(id).typename !== 'Source')
          throw new BadUserInputError(`"sourceIds" takes source ids (source:…), got "${id}".`, 'sourceIds');
      }
      const lucene = buildLuceneQuery(args.query);
      if (!lucene) return [];
      const terms = contentTerms(args.query);
      const rows = await searchStatements(ctx.client, {
        lucene,
        sourceIds: args.sourceIds ?? null,
        first,
        status: askedStatuses(args.status, ctx),
      });
      return rows.map((row) => ({ ...row, terms }));
    },
  }),
);
