import type { GraphQLField, GraphQLNamedType, GraphQLSchema, GraphQLType } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ERROR_CODES } from './errors.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

// Cost analysis that counts list fan-out: a field costs 1 plus its children's cost times the
// number of items it may return. Paged fields count the page size they ask for; the item lists
// of a page (`edges`, a neighbourhood's `nodes`) are already counted by it; any other list (an
// entity's links, a source's statements) counts as UNBOUNDED_LIST_SIZE items, more than most
// hold, so that nesting lists in lists is refused before it runs.
export const COST_LIMITS = { maxCost: 300_000, unboundedListSize: 10, maxQueryNodes: 5_000 } as const;

const SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;
// Types whose lists are one page: their size is the argument of the field that returned them.
const PAGE_TYPES = /(Connection|Neighborhood|Path)$/;

function isPagedField(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => (SIZE_ARGUMENTS as readonly string[]).includes(arg.name));
}

function itemCount(
  parent: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number {
  if (isPagedField(field)) {
    const asked = SIZE_ARGUMENTS.map((name) => args[name]).find((value) => typeof value === 'number');
    return Math.max(1, (asked as number | undefined) ?? DEFAULT_PAGE_SIZE);
  }
  // By shape (see use-response-limits.ts): `[Actor!]!` prints with a bracket.
  if (!String(field.type).startsWith('[')) return 1;
  let named: GraphQLType = field.type;
  while ('ofType' in named) named = named.ofType;
  if (!('getFields' in named) && !('getTypes' in named)) return 1; // strings come with their node
  if (PAGE_TYPES.test(parent.name) || parent.name.startsWith('__')) return 1;
  return COST_LIMITS.unboundedListSize;
}

export const fanOutEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
  1 + itemCount(type, field, args) * childComplexity;

/** The cost of a parsed operation with these variables (for tests and the limit below). */
export function costOf(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [fanOutEstimator],
    maxQueryNodes: COST_LIMITS.maxQueryNodes,
  });
}

function tooCostly(message: string) {
  return createGraphQLError(message, {
    extensions: { code: ERROR_CODES.QUERY_TOO_COMPLEX, http: { status: 400 } },
  });
}

export function useCost(maxCost: number = COST_LIMITS.maxCost): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = costOf(
          args.schema,
          args.document,
          (args.variableValues ?? {}) as Record<string, unknown>,
          args.operationName ?? undefined,
        );
      } catch (error) {
        // Bad variables are reported by execution itself, with their own message.
        if (error instanceof Error && /maximum allowed number of nodes/i.test(error.message)) {
          setResultAndStopExecution({ errors: [tooCostly(`${error.message} Split the query.`)] });
        }
        return;
      }
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            tooCostly(
              `Query cost ${cost} is over the limit of ${maxCost}: each list multiplies the cost of what is inside it. Ask for smaller pages (first:) or nest fewer lists.`,
            ),
          ],
        });
      }
    },
  };
}
