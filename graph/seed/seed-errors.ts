// The loader's one error type. A bad seed never reaches the database: every problem found while
// reading and checking the files is collected, then thrown together, each saying what is wrong,
// where (file:line and field) and how to fix it.

export const SEED_PROBLEM_CODES = [
  'MISSING_FILE',
  'YAML_SYNTAX',
  'INVALID_FIELD',
  'MALFORMED_DATE',
  'HASH_MISMATCH',
  'QUOTE_NOT_FOUND',
  'QUOTE_AMBIGUOUS',
  'QUOTE_SPANS_SENTENCES',
  'UNKNOWN_REFERENCE',
  'DUPLICATE_ID',
  'CONFLICTING_DEFINITION',
  'MISSING_EVIDENCE',
  'ENDPOINT_MISMATCH',
  'TIME_CONFLICT',
  'NO_CLAIM_CONFLICT',
  'UNCOVERED_SENTENCE',
  'EVIDENCE_MISSES_END',
  'UNLINKED_ENTITY',
  'NO_SOURCES',
  'ALIAS_SPLIT_BY_COMMA',
] as const;
export type SeedProblemCode = (typeof SEED_PROBLEM_CODES)[number];

export interface SeedProblem {
  code: SeedProblemCode;
  /** Path relative to the seeds folder's parent, e.g. `seeds/<slug>/statements.yaml`. */
  file: string;
  /** 1-based line, when the problem sits at one place in the file. */
  line: number | null;
  /** Dotted path of the field, e.g. `relationships[4].evidence[0]`. */
  field: string | null;
  message: string;
  /** What to do about it. */
  hint: string;
}

export function formatProblem(problem: SeedProblem): string {
  const where = `${problem.file}${problem.line === null ? '' : `:${problem.line}`}`;
  const field = problem.field ? ` ${problem.field}` : '';
  return `[${problem.code}] ${where}${field}: ${problem.message}\n    fix: ${problem.hint}`;
}

export class SeedError extends Error {
  override readonly name = 'SeedError';
  readonly problems: readonly SeedProblem[];

  constructor(problems: readonly SeedProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `The seed files have ${count}; nothing was written to the database.\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.problems = problems;
  }

  /** The distinct problem codes, for tests and summaries. */
  get codes(): SeedProblemCode[] {
    return [...new Set(this.problems.map((p) => p.code))];
  }
}

/** Collects problems while checking; `throwIfAny()` ends a stage that found some. */
export class ProblemList {
  readonly items: SeedProblem[] = [];

  add(problem: SeedProblem): void {
    this.items.push(problem);
  }

  get size(): number {
    return this.items.length;
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new SeedError(this.items);
  }
}

/** Formats a zod-style path as `a.b[2].c`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
