import { canonicalUrl } from '../write/canonical-url.js';
import type { SeedSourceFiles } from './read-seed-source.js';
import type { ProblemList } from './seed-errors.js';
import type { PlannedSource } from './seed-plan.js';

// One publication is one Source. A second folder holding the same article (same address in
// canonical form) would make two; it is refused, naming both. A reference that cites a seeded
// article's address becomes that article (graph/seed/reference-sources.ts).

/** Two article folders with one address are one publication stored twice: refused. */
export function rejectSharedAddresses(
  articles: readonly PlannedSource[],
  files: readonly SeedSourceFiles[],
  problems: ProblemList,
) {
  const first = new Map<string, string>();
  articles.forEach((article, i) => {
    const address = typeof article.props.url === 'string' ? canonicalUrl(article.props.url) : null;
    const source = files[i];
    if (!address || !source) return;
    const earlier = first.get(address);
    if (!earlier) {
      first.set(address, article.id);
      return;
    }
    problems.add({
      code: 'CONFLICTING_DEFINITION',
      file: source.files.source,
      line: source.source.lineOf(['url']),
      field: 'url',
      message: `${article.id} has the address of ${earlier} (${address}): one publication stored as two sources`,
      hint: `Keep one folder for the publication; add what the second copy states to the first folder's statements.yaml.`,
    });
  });
}
