// Which statements support which graph elements, both ways, for one source. Entities come from
// the API (`Statement.evidenceFor`), relationships from the loaded graph (edge evidence ids).

export interface StatementSupport {
  id: string;
  start: number;
  entities: string[];
  edges: string[];
}

export interface EvidenceIndex {
  byStatement: Map<string, StatementSupport>;
  byElement: Map<string, string[]>;
}

export function buildEvidenceIndex(
  statements: readonly { id: string; start: number; evidenceFor: readonly { id: string }[] }[],
  edgesByStatement: ReadonlyMap<string, readonly string[]>,
): EvidenceIndex {
  const byStatement = new Map<string, StatementSupport>();
  const byElement = new Map<string, string[]>();
  const ordered = [...statements].sort((a, b) => a.start - b.start);
  for (const statement of ordered) {
    const support: StatementSupport = {
      id: statement.id,
      start: statement.start,
      entities: statement.evidenceFor.map((entity) => entity.id),
      edges: [...(edgesByStatement.get(statement.id) ?? [])],
    };
    byStatement.set(statement.id, support);
    for (const element of [...support.entities, ...support.edges]) {
      const list = byElement.get(element);
      if (list) list.push(statement.id);
      else byElement.set(element, [statement.id]);
    }
  }
  return { byStatement, byElement };
}

/** The statements (in reading order) that support any of the selected elements. */
export function statementsFor(index: EvidenceIndex, selection: readonly string[]): string[] {
  const wanted = new Set(selection.flatMap((id) => index.byElement.get(id) ?? []));
  return [...index.byStatement.values()].filter((s) => wanted.has(s.id)).map((s) => s.id);
}

/** What the given statements support: entities first, then relationships, no repeats. */
export function supportedBy(
  index: EvidenceIndex,
  statementIds: readonly string[],
): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const id of statementIds) {
    const support = index.byStatement.get(id);
    for (const entity of support?.entities ?? []) nodes.add(entity);
    for (const edge of support?.edges ?? []) edges.add(edge);
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/**
 * What clicking a phrase selects: the things its innermost quote is evidence for, the entities
 * when it names any ("Moscow and Kyiv" → Russia, Ukraine), otherwise the relationships it states.
 */
export function phraseTarget(index: EvidenceIndex, statementId: string): string[] {
  const support = index.byStatement.get(statementId);
  if (!support) return [];
  return support.entities.length ? [...support.entities] : [...support.edges];
}
