import { isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { ProblemList } from './seed-errors.js';

// An unquoted alias with a comma in a flow list, `aliases: [Washington, D.C.]`, is silently two
// aliases to YAML. When the two neighbours joined by ", " are one phrase of the article, that is
// almost surely what was meant: refused, with the quoting that says which reading is meant.
// Quoting either item opts out ("Moscow", "Kyiv" stay two aliases).

export function checkAliasCommas(
  file: string,
  yamlText: string,
  articleText: string,
  problems: ProblemList,
): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  const article = articleText.toLowerCase();
  visit(doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'aliases' || !isSeq(pair.value) || !pair.value.flow)
        return;
      const items = pair.value.items;
      for (let i = 0; i + 1 < items.length; i++) {
        const [a, b] = [items[i], items[i + 1]];
        if (!isScalar(a) || !isScalar(b) || a.type !== 'PLAIN' || b.type !== 'PLAIN') continue;
        const joined = `${String(a.value)}, ${String(b.value)}`;
        if (!article.includes(joined.toLowerCase())) continue;
        problems.add({
          code: 'ALIAS_SPLIT_BY_COMMA',
          file,
          line: a.range ? lineCounter.linePos(a.range[0]).line : null,
          field: 'aliases',
          message: `"${joined}" is one phrase of the article, but unquoted in [a, flow, list] YAML reads it as two aliases, "${String(a.value)}" and "${String(b.value)}"`,
          hint: `Quote it to keep one alias: ["${joined}"]; if they are two aliases, quote each: ["${String(a.value)}", "${String(b.value)}"].`,
        });
      }
    },
  });
}
