import { ENTITY_LABELS } from '../model/labels.js';
import type { EntityRecord } from '../model/records.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../model/relationship-types.js';

// Shared Cypher fragments and row shapes of the query layer. Fragments are built once from the
// closed label/type unions, never from input, so every query text is still a constant.

const LABEL_LIST = `[${ENTITY_LABELS.map((label) => `'${label}'`).join(', ')}]`;

/** The domain relationship types (no EVIDENCED_BY / FROM_SOURCE / CITED_IN). */
export const DOMAIN_TYPES = RELATIONSHIP_TYPE_NAMES;

/** Map projection of an entity node bound to `v`: every property, its label, its evidence ids. */
export function entityProjection(v: string): string {
  return `${v} { .*, label: head([l IN labels(${v}) WHERE l IN ${LABEL_LIST}]), evidenceIds: [(${v})-[:EVIDENCED_BY]->(ev:Statement) | ev.id] }`;
}

/** Map projection of a relationship bound to `r`. */
export function relationProjection(r: string): string {
  return `${r} { .id, .role, .note, .evidenceIds, type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id }`;
}

/** An entity as the API sees it: the stored record, the ids of its evidence, and any extra property. */
export type EntityNode = EntityRecord & { evidenceIds: string[]; extra: Record<string, unknown> };

export interface RelationRow {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  role: string | null;
  note: string | null;
  evidenceIds: string[];
}

const KNOWN = new Set(['id', 'label', 'name', 'kind', 'aliases', 'aliasText', 'description', 'evidenceIds']);

export function toEntityNode(row: Record<string, unknown>): EntityNode {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (!KNOWN.has(key)) extra[key] = value;
  return {
    ...(row as unknown as EntityRecord),
    aliases: (row.aliases as string[] | null) ?? [],
    description: (row.description as string | null) ?? null,
    evidenceIds: sortStatementIds((row.evidenceIds as string[] | null) ?? []),
    extra,
  } as EntityNode;
}

export function toRelationRow(row: Record<string, unknown>): RelationRow {
  return {
    id: String(row.id ?? `${row.from}|${row.type}|${row.to}`),
    type: row.type as RelationshipType,
    from: String(row.from),
    to: String(row.to),
    role: (row.role as string | null) ?? null,
    note: (row.note as string | null) ?? null,
    evidenceIds: sortStatementIds((row.evidenceIds as string[] | null) ?? []),
  };
}

const STATEMENT_ID = /^statement:(.+):(\d+)-(\d+)$/;

/** Statement ids in reading order: by source, then by offset (ids embed both). */
export function sortStatementIds(ids: readonly string[]): string[] {
  const key = (id: string) => {
    const match = STATEMENT_ID.exec(id);
    return match ? { source: match[1] ?? '', start: Number(match[2]) } : { source: id, start: 0 };
  };
  return [...ids].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka.source < kb.source ? -1 : ka.source > kb.source ? 1 : ka.start - kb.start;
  });
}

/** `A|B|C` for a relationship pattern, from the closed union only (checked by the compiler). */
export function relTypes(...types: RelationshipType[]): string {
  return types.join('|');
}

export const PARTICIPATION_TYPES: RelationshipType[] = ['PARTICIPATED_IN', 'HOSTED', 'MEDIATED'];
