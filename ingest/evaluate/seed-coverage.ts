// How much of the curated seed a fresh ingestion of its article proposes: the article is run
// "as if new" (an empty graph), and each curated item taken from it — actors, places, issues,
// article events, claims — counts as covered when a proposal of its kind stands on one of the
// item's evidence quotes (same type for events; a shared name word for entities).
import type { SeedPlan } from '../../graph/seed/seed-plan.js';
import type { Span } from '../model.js';
import type { IngestResult } from '../proposals.js';
import type { Count } from './score-article.js';

export interface SeedCoverage {
  byLabel: Record<string, Count>;
  total: Count;
  missed: string[];
}

const overlaps = (a: Span, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const words = (value: string) =>
  new Set(
    value
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 3),
  );

export function seedCoverage(plan: SeedPlan, articleSourceId: string, result: IngestResult): SeedCoverage {
  const statements = new Map(
    plan.statements
      .filter((s) => s.sourceId === articleSourceId)
      .map((s) => [s.id, { start: Number(s.props.start), end: Number(s.props.end) }]),
  );
  const byLabel: Record<string, Count> = {};
  const missed: string[] = [];
  for (const entity of plan.entities) {
    const evidence = entity.evidenceIds.map((id) => statements.get(id)).filter((s) => s !== undefined);
    if (evidence.length === 0) continue;
    if (entity.label === 'Event' && entity.props.origin !== 'article') continue;
    const count = byLabel[entity.label] ?? { hit: 0, of: 0 };
    byLabel[entity.label] = count;
    count.of++;
    const names = words(
      [entity.props.name, ...(Array.isArray(entity.props.aliases) ? entity.props.aliases : [])].join(' '),
    );
    const covered = result.proposals.some((p) => {
      if (entity.label === 'Event')
        return (
          p.kind === 'event' &&
          p.type === entity.props.kind &&
          [p.trigger, ...p.mentions].some((m) => evidence.some((e) => overlaps(m, e)))
        );
      if (entity.label === 'Claim') return p.kind === 'claim' && evidence.some((e) => overlaps(p.quote, e));
      return (
        p.kind === 'entity' &&
        p.label === entity.label &&
        p.mentions.some((m) => evidence.some((e) => overlaps(m, e))) &&
        [...words(`${p.name} ${p.mentions.map((m) => m.text).join(' ')}`)].some((w) => names.has(w))
      );
    });
    if (covered) count.hit++;
    else missed.push(entity.id);
  }
  const total = Object.values(byLabel).reduce((t, c) => ({ hit: t.hit + c.hit, of: t.of + c.of }), {
    hit: 0,
    of: 0,
  });
  return { byLabel, total, missed };
}
