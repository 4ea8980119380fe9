import { ENTITY_LABELS } from '../model/labels.js';
import type { SeedInference, SourceCoverage } from './seed-plan.js';
import type { SeedReport } from './seed-report.js';

// The lines `npm run seed` prints: counts per kind, read back from the database, and sentence
// coverage per source.

export function formatSeedReport(report: SeedReport): string[] {
  const lines: string[] = [];
  if (report.reset)
    lines.push(`Reset: removed ${report.deleted} previously seeded nodes (same transaction).`);
  const entities = ENTITY_LABELS.map((label) => `${label} ${report.counts[label] ?? 0}`).join(' · ');
  const sources = Object.entries(report.sources)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`)
    .join(', ');
  lines.push(`Seeded (one transaction):`);
  lines.push(`  entities       ${entities}`);
  lines.push(
    `  evidence       Statement ${report.counts.Statement ?? 0} · Source ${report.counts.Source ?? 0} (${sources})`,
  );
  const relationships = Object.entries(report.relationships)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => `${type} ${n}`);
  lines.push(`  relationships  ${relationships.join(' · ')}`);
  for (const coverage of report.coverage) lines.push(`  coverage       ${formatCoverage(coverage)}`);
  lines.push(...formatInferences(report.inferences));
  lines.push(...formatUnlinked(report.unlinked));
  lines.push(...formatDisagreements(report.disagreements));
  if (report.stale > 0) {
    lines.push(
      `Note: ${report.stale} seeded nodes are no longer in the seed files; run \`npm run seed -- --reset\` to remove them.`,
    );
  }
  return lines;
}

export function formatCoverage(coverage: SourceCoverage): string {
  const percent = coverage.sentences === 0 ? 100 : (100 * coverage.covered) / coverage.sentences;
  const evidenced = coverage.covered - coverage.noClaim;
  return (
    `${coverage.sourceId}: ${coverage.covered}/${coverage.sentences} sentences (${percent.toFixed(1)}%), ` +
    `${evidenced} evidence of items, ${coverage.noClaim} read and listed as carrying none`
  );
}

/** One line per relationship read into the text rather than stated, with the curator's reason. */
export function formatInferences(inferences: readonly SeedInference[]): string[] {
  if (inferences.length === 0) return ['  inferences     none: every relationship is stated by its evidence'];
  return [
    `  inferences     ${inferences.length} relationships are inferred, not stated (docs/model.md § "Inference rule"):`,
    ...inferences.map(
      (i) =>
        `    ${i.relationshipId} (${i.where.file}:${i.where.line ?? '?'}): ${i.reason.replace(/\s+/g, ' ')}`,
    ),
  ];
}

/** Entities with evidence but no relationship, with why (none in a well-curated seed). */
export function formatUnlinked(unlinked: SeedReport['unlinked']): string[] {
  if (unlinked.length === 0) return ['  unlinked       none: every evidenced entity has a relationship'];
  return [
    `  unlinked       ${unlinked.length} evidenced entities have no relationship:`,
    ...unlinked.map((u) => `    ${u.entityId} (${u.where.file}:${u.where.line ?? '?'}): ${u.reason}`),
  ];
}

/** Values the sources give differently, each with the source that gives it (kept, not dropped). */
export function formatDisagreements(disagreements: SeedReport['disagreements']): string[] {
  if (disagreements.length === 0) return ['  disagreements  none between sources'];
  return [
    `  disagreements  ${disagreements.length} values differ between sources (all kept; Entity.disagreements):`,
    ...disagreements.map(
      (d) =>
        `    ${d.entityId} ${d.field}: ${d.values.map((v) => `"${v.value}" (${v.sourceId})`).join(' vs ')}`,
    ),
  ];
}
