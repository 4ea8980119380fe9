// The seeded graph as the bench's "existing graph", read from the seed files (no database).
import { loadSeeds } from '../../graph/seed/load-seeds.js';
import type { SeedPlan } from '../../graph/seed/seed-plan.js';
import { knownGraphFrom } from '../known-graph.js';
import type { KnownGraph } from '../run-pipeline.js';

export async function loadSeedGraph(): Promise<{ plan: SeedPlan; known: KnownGraph }> {
  const plan = await loadSeeds();
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const known = knownGraphFrom(
    plan.entities.map((e) => ({
      id: e.id,
      label: e.label,
      kind: str(e.props.kind) ?? '',
      name: str(e.props.name) ?? e.id,
      aliases: Array.isArray(e.props.aliases) ? e.props.aliases : [],
      description: str(e.props.description),
      earliest: str(e.props.earliest),
      latest: str(e.props.latest),
      sourceCount: 1,
    })),
    plan.relationships,
  );
  return { plan, known };
}
