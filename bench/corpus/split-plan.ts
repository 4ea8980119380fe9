import { emptySeedPlan, type SeedPlan } from '../../graph/seed/seed-plan.js';

// A large plan written as several seed transactions, each small enough for a default heap: the
// first holds the sources and statements, then entities in plan order, each relationship with
// the later of its two ends (so its ends always exist when it is written).
export function splitPlan(plan: SeedPlan, entitiesPerChunk: number): SeedPlan[] {
  const empty = emptySeedPlan;
  const chunkOf = new Map<string, number>();
  const chunks: SeedPlan[] = [{ ...empty(), sources: plan.sources, statements: plan.statements }];
  plan.entities.forEach((entity, i) => {
    const index = 1 + Math.floor(i / entitiesPerChunk);
    chunks[index] ??= empty();
    chunks[index].entities.push(entity);
    chunkOf.set(entity.id, index);
  });
  for (const relationship of plan.relationships) {
    const index = Math.max(chunkOf.get(relationship.from) ?? 1, chunkOf.get(relationship.to) ?? 1);
    chunks[index]?.relationships.push(relationship);
  }
  for (const citation of plan.citations) chunks[chunkOf.get(citation.eventId) ?? 1]?.citations.push(citation);
  return chunks;
}
