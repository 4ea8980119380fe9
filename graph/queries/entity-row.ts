import { ACTOR_KINDS, PLACE_KINDS } from '../model/actor-kinds.js';
import { CLAIM_STANCES } from '../model/claim-stances.js';
import { DATE_PRECISIONS } from '../model/date-precision.js';
import { ENTITY_LABELS, isEntityLabel } from '../model/labels.js';
import type { EntityRecord, PlainEntityRecord, RelationshipRecord } from '../model/records.js';
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

/** An entity as the API sees it: the stored record and the ids of its evidence. */
export type EntityNode = EntityRecord & { evidenceIds: string[] };

type Row = Record<string, unknown>;
const text = (row: Row, key: string): string | null => (row[key] == null ? null : String(row[key]));

/** Reads a projected entity row into its typed record, property by property (no casts back). */
export function toEntityNode(row: Row): EntityNode {
  const base = {
    id: String(row.id),
    name: String(row.name ?? row.id),
    kind: String(row.kind ?? ''),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
    description: text(row, 'description'),
    disagreements: Array.isArray(row.disagreements) ? row.disagreements.map(String) : [],
    evidenceIds: sortStatementIds(Array.isArray(row.evidenceIds) ? row.evidenceIds.map(String) : []),
  };
  const label = String(row.label);
  switch (label) {
    case 'Actor':
      return { ...base, label, kind: oneOf(ACTOR_KINDS, base.kind), wikidataId: text(row, 'wikidataId') };
    case 'Place':
      return { ...base, label, kind: oneOf(PLACE_KINDS, base.kind), wikidataId: text(row, 'wikidataId') };
    case 'Claim':
      return { ...base, label, kind: oneOf(CLAIM_STANCES, base.kind) };
    case 'Event':
      return {
        ...base,
        label,
        origin: row.origin === 'context' ? 'context' : 'article',
        earliest: text(row, 'earliest'),
        latest: text(row, 'latest'),
        precision: oneOf(DATE_PRECISIONS, text(row, 'precision') ?? 'unknown'),
        relativePhrase: text(row, 'relativePhrase'),
        earliestFrom: text(row, 'earliestFrom'),
        latestFrom: text(row, 'latestFrom'),
        discrepancies: Array.isArray(row.discrepancies) ? row.discrepancies.map(String) : [],
        ploverType: text(row, 'ploverType'),
        ploverMode: text(row, 'ploverMode'),
        cameoCode: text(row, 'cameoCode'),
        cameoLabel: text(row, 'cameoLabel'),
        acledEventType: text(row, 'acledEventType'),
        acledSubEventType: text(row, 'acledSubEventType'),
      };
    default:
      if (!isPlainLabel(label)) throw new Error(`Entity ${base.id} has no known label (${label}).`);
      return { ...base, label };
  }
}

function isPlainLabel(label: string): label is PlainEntityRecord['label'] {
  return isEntityLabel(label) && !['Actor', 'Place', 'Event', 'Claim'].includes(label);
}

// Stored values come from validated seeds; a value outside the closed set is a data error.
function oneOf<T extends string>(allowed: readonly T[], value: string): T {
  const found = allowed.find((item) => item === value);
  if (found === undefined) throw new Error(`"${value}" is not one of ${allowed.join(', ')}.`);
  return found;
}

export function toRelationRow(row: Record<string, unknown>): RelationshipRecord {
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
