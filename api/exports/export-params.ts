import { z } from 'zod';
import { EVENT_TYPE_NAMES } from '../../graph/model/event-types.js';
import { ENTITY_LABELS, type EntityLabel } from '../../graph/model/labels.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../graph/model/relationship-types.js';
import { calendarDateProblem, isCalendarDate } from '../../graph/time/calendar-date.js';

// Query parameters of the exports, named like the GraphQL arguments they mirror (`kinds` of
// `neighborhood`, `from`/`to`/`match`/`actorIds`/`issueIds`/`types` of `timeline`). Lists may
// be comma-separated (`?kinds=ACTOR,EVENT`) or repeated (`?kinds=ACTOR&kinds=EVENT`).

/** A parameter the client sent cannot be used; the handler answers 400 with this message. */
export class ExportInputError extends Error {
  override readonly name = 'ExportInputError';
  constructor(
    message: string,
    readonly parameter: string | null,
  ) {
    super(message);
  }
}

const KIND_NAMES = ENTITY_LABELS.map((label) => label.toUpperCase()) as [string, ...string[]];
const TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as [RelationshipType, ...RelationshipType[]];

function oneOf<T extends string>(allowed: readonly [T, ...T[]], what: string, upperCase: boolean) {
  const normalize = (value: string) => (upperCase ? value.toUpperCase() : value);
  return z
    .string()
    .refine((value) => (allowed as readonly string[]).includes(normalize(value)), {
      error: (issue) => `${JSON.stringify(issue.input)} is not ${what}; use one of ${allowed.join(', ')}.`,
    })
    .transform((value) => normalize(value) as T);
}

function idsWithPrefix(prefix: string) {
  return z.array(
    z.string().regex(new RegExp(`^${prefix}:.+$`), {
      error: (issue) => `takes ${prefix} ids like ${prefix}:<slug>, got ${JSON.stringify(issue.input)}.`,
    }),
  );
}

const isoDate = z.string().refine(isCalendarDate, {
  error: (issue) => `${calendarDateProblem(issue.input)}; send a day such as 2025-06-01.`,
});

export const GraphExportParams = z.strictObject({
  kinds: z
    .array(oneOf(KIND_NAMES, 'an entity kind', true))
    .transform((names) => names.map((name) => ENTITY_LABELS[KIND_NAMES.indexOf(name)] as EntityLabel))
    .optional(),
  relationTypes: z.array(oneOf(TYPE_NAMES, 'a relationship type', true)).optional(),
});
export type GraphExportParams = z.infer<typeof GraphExportParams>;

export const EventsExportParams = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    match: oneOf(['POSSIBLY', 'CERTAINLY'], 'a timeline match', true).default('POSSIBLY'),
    actorIds: idsWithPrefix('actor').optional(),
    issueIds: idsWithPrefix('issue').optional(),
    types: z.array(oneOf(EVENT_TYPE_NAMES, 'an event type', false)).optional(),
  })
  .refine((params) => !(params.from && params.to && params.from > params.to), {
    path: ['from'],
    error: (issue) => {
      const params = issue.input as { from?: string; to?: string };
      return `must not be after "to" (${params.from} > ${params.to}).`;
    },
  });
export type EventsExportParams = z.infer<typeof EventsExportParams>;

const LIST_PARAMETERS = new Set(['kinds', 'relationTypes', 'actorIds', 'issueIds', 'types']);

/** Validates the query string of an export, or throws ExportInputError with a clear message. */
export function readExportParams<S extends z.ZodType>(schema: S, search: URLSearchParams): z.infer<S> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    if (LIST_PARAMETERS.has(key)) {
      raw[key] = values
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean);
    } else if (values.length > 1) {
      throw new ExportInputError(`Give "${key}" once; it came ${values.length} times.`, key);
    } else {
      raw[key] = (values[0] ?? '').trim();
    }
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    const known = knownKeys(schema);
    return fail(
      `Unknown parameter ${issue.keys.map((key) => `"${key}"`).join(', ')}. This export takes: ${known.join(', ')}.`,
      issue.keys[0] ?? null,
    );
  }
  const parameter = typeof issue?.path[0] === 'string' ? issue.path[0] : null;
  return fail(`Bad "${parameter ?? 'query'}": ${issue?.message ?? 'invalid value.'}`, parameter);
}

function fail(message: string, parameter: string | null): never {
  throw new ExportInputError(message, parameter);
}

function knownKeys(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}
