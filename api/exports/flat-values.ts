import type { EntityNode } from '../../graph/queries/entity-row.js';
import type { Quote } from '../../graph/queries/export-graph.js';
import { disagreementsOf, disagreementText } from '../logic/disagreements.js';

// How the flat formats (GraphML, CSV) spell lists, shared so a spreadsheet and Gephi read the
// same text. Quotes are whole sentences that may hold ";" or "|", so one quote per line.
export const LIST_SEPARATOR = '; ';
export const QUOTE_SEPARATOR = '\n';

export function joinList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

export function joinQuotes(quotes: readonly Quote[]): string {
  return quotes.map((quote) => quote.text).join(QUOTE_SEPARATOR);
}

/** Every value sources disagree on, one per line (they may hold ";"), attributed. */
export function joinDisagreements(entity: EntityNode): string {
  return disagreementsOf(entity).map(disagreementText).join(QUOTE_SEPARATOR);
}

export function joinQuoteIds(quotes: readonly Quote[]): string {
  return joinList(quotes.map((quote) => quote.id));
}

/** `ACTOR`, `EVENT`…: the GraphQL `EntityKind` name, as in the API's Cytoscape data. */
export function entityKindName(entity: EntityNode): string {
  return entity.label.toUpperCase();
}

type KeysOfUnion<T> = T extends T ? keyof T : never;

/** A typed property that not every kind has (dates, origin, wikidataId…), null where absent. */
export function optionalText(entity: EntityNode, property: KeysOfUnion<EntityNode>): string | null {
  const value: unknown = property in entity ? entity[property as keyof EntityNode] : null;
  return value === null || value === undefined ? null : String(value);
}
