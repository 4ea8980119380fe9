import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ERROR_CODES, RequestTimeoutGraphQLError } from './errors.js';
import type { RequestDeadline } from './request-deadline.js';

// The last bound on what one request may build: static cost (use-cost.ts) guesses list sizes,
// this counts the real ones. Every list of objects adds its length to the request's budget.
// Past MAX_LIST_ITEMS, or past the request's deadline, every further list resolves empty (no
// error per field: an exception each would cost more than the work it saves), so execution
// winds down at once, and the whole answer becomes one RESPONSE_TOO_LARGE (or REQUEST_TIMEOUT)
// error. An answer over MAX_RESPONSE_BYTES once serialised is refused the same way.
export const RESPONSE_LIMITS = { maxListItems: 20_000, maxResponseBytes: 10 * 1024 * 1024 } as const;

class ListBudget {
  items = 0;
  exceeded: 'items' | 'deadline' | undefined;
  constructor(
    private readonly max: number,
    /** The request's own deadline (api/request-deadline.ts) once execution starts. */
    public deadline: { at: number },
  ) {}

  count(value: unknown): unknown {
    if (this.exceeded) return [];
    if (Array.isArray(value)) this.items += value.length;
    if (this.items > this.max) this.exceeded = 'items';
    else if (performance.now() > this.deadline.at) this.exceeded = 'deadline';
    return this.exceeded ? [] : value;
  }
}

function tooLarge() {
  return createGraphQLError(
    'The answer is too large: it would hold more items or bytes than one response may. Ask for smaller pages (first:) or nest fewer lists.',
    { extensions: { code: ERROR_CODES.RESPONSE_TOO_LARGE, http: { status: 400 } } },
  );
}

const wrapped = new WeakSet<object>();

// By shape, not graphql's isXType(): tests may load the schema and this file from two copies
// of graphql-js (CJS and ESM), and instanceof checks fail across them.
function isListOfComposite(type: GraphQLType): boolean {
  if (!String(type).startsWith('[')) return false;
  let named: GraphQLType = type;
  while ('ofType' in named) named = named.ofType;
  return 'getFields' in named || 'getTypes' in named;
}

// Wraps the resolvers of list-of-object fields once per schema object (the schema is shared).
function countListItems(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!('isTypeOf' in type) || !('getFields' in type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListOfComposite(field.type) || wrapped.has(field)) continue;
      wrapped.add(field);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const budget = (context as { listBudget?: ListBudget } | undefined)?.listBudget;
        if (!budget) return resolve(source, args, context, info);
        if (budget.exceeded) return [];
        const result = resolve(source, args, context, info);
        return result instanceof Promise ? result.then((value) => budget.count(value)) : budget.count(result);
      };
    }
  }
}

export function useResponseLimits(
  schema: GraphQLSchema,
  deadlineMs: number,
  limits: { maxListItems: number; maxResponseBytes: number } = RESPONSE_LIMITS,
): Plugin {
  countListItems(schema);
  return {
    onContextBuilding({ extendContext }) {
      extendContext({
        listBudget: new ListBudget(limits.maxListItems, { at: performance.now() + deadlineMs }),
      } as Record<string, unknown>);
    },
    onExecute({ args }) {
      const context = args.contextValue as { listBudget?: ListBudget; deadline?: RequestDeadline };
      const budget = context.listBudget;
      // One deadline per request: a mutation's is the longer write deadline (use-request-deadline.ts).
      if (budget && context.deadline) budget.deadline = context.deadline;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result)) return;
          if (budget?.exceeded === 'deadline')
            setResult({ errors: [new RequestTimeoutGraphQLError(deadlineMs)] });
          else if (budget?.exceeded || JSON.stringify(result).length > limits.maxResponseBytes) {
            setResult({ errors: [tooLarge()] });
          }
        },
      };
    },
  };
}
