// Adds article scores into one, and turns counts into ratios for the report.
import type { ArticleScore, Count } from './score-article.js';

export function sumScores(scores: readonly ArticleScore[]): ArticleScore {
  const [first, ...rest] = scores;
  if (!first) throw new Error('no scores to add');
  return rest.reduce((total, next) => add(total, next) as ArticleScore, structuredClone(first));
}

function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(a)) out[key] = add(value, (b as Record<string, unknown>)[key]);
    return out;
  }
  return a;
}

export function ratio(count: Count): string {
  return count.of === 0 ? '  n/a' : (count.hit / count.of).toFixed(2);
}
