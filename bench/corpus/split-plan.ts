import { emptySeedPlan, type SeedPlan } from '../../graph/seed/seed-plan.js';

// A large plan as parts of at most `nodesPerPart` nodes, each small enough for one transaction
// on a default heap: sources first, then statements, then entities in plan order, each
// relationship and citation with the later of its two ends (so its ends always exist when it
// is written).
export function splitPlan(plan: SeedPlan, nodesPerPart: number): SeedPlan[] {
  const parts: SeedPlan[] = [];
  const partOf = new Map<string, number>();
  let size = nodesPerPart;
  const current = (): SeedPlan => {
    if (size >= nodesPerPart) {
      parts.push(emptySeedPlan());
      size = 0;
    }
    size++;
    return parts.at(-1) as SeedPlan;
  };
  for (const source of plan.sources) current().sources.push(source);
  for (const statement of plan.statements) current().statements.push(statement);
  for (const entity of plan.entities) {
    current().entities.push(entity);
    partOf.set(entity.id, parts.length - 1);
  }
  const last = parts.length - 1;
  for (const relationship of plan.relationships) {
    const index = Math.max(partOf.get(relationship.from) ?? last, partOf.get(relationship.to) ?? last);
    parts[index]?.relationships.push(relationship);
  }
  for (const citation of plan.citations)
    parts[partOf.get(citation.eventId) ?? last]?.citations.push(citation);
  return parts;
}
