// Plain-text tables for the terminal: the proposals of one source, and a summary of many.
import type { IngestResult, Proposal } from './proposals.js';

export function formatProposals(result: IngestResult): string {
  const rows = result.proposals.map((p) => [
    p.id,
    p.kind,
    describe(p),
    p.confidence.toFixed(2),
    `${p.quote.start}-${p.quote.end}`,
  ]);
  return table(['id', 'kind', 'proposal', 'conf', 'quote at'], rows);
}

export interface FileOutcome {
  file: string;
  result: IngestResult | null;
  error: string | null;
}

export function formatSummary(outcomes: readonly FileOutcome[]): string {
  const rows = outcomes.map(({ file, result, error }) => {
    if (!result) return [file, 'FAILED', '', '', '', '', error ?? ''];
    const count = (kind: Proposal['kind']) => String(result.proposals.filter((p) => p.kind === kind).length);
    const entities = result.proposals.filter((p) => p.kind === 'entity');
    const decisions = ['link', 'ambiguous', 'new']
      .map((d) => entities.filter((e) => e.resolution.decision === d).length)
      .join('/');
    return [
      file,
      'ok',
      `${count('entity')} (${decisions})`,
      count('event'),
      count('claim'),
      count('relationship'),
      '',
    ];
  });
  return table(
    ['file', 'status', 'entities (linked/ambiguous/new)', 'events', 'claims', 'relationships', 'error'],
    rows,
  );
}

function describe(p: Proposal): string {
  switch (p.kind) {
    case 'entity':
      return `${p.label} ${p.entityKind} "${p.name}" → ${p.resolution.decision === 'link' ? p.key : p.resolution.decision}`;
    case 'event':
      return `${p.type} "${p.name}" ${p.time.value ?? p.time.precision}${p.time.inferredYear ? ' (year inferred)' : ''}${p.sameAs[0] ? ` same as ${p.sameAs[0].id}?` : ''}`;
    case 'claim':
      return `${p.stance} by ${p.holder}: "${p.quote.text.slice(0, 60)}${p.quote.text.length > 60 ? '…' : ''}"`;
    case 'relationship':
      return `${p.from} ${p.type} ${p.to}`;
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.min(90, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.slice(0, widths[i]).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
