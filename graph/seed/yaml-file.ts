import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { fieldPath, type ProblemList, type SeedProblemCode } from './seed-errors.js';

export type YamlPath = readonly (string | number)[];

/** A parsed YAML file that can say on which line any value of it sits. */
export interface YamlFile<T> {
  file: string;
  data: T;
  lineOf(path: YamlPath): number | null;
}

const DATE_FIELDS = new Set(['earliest', 'latest', 'date']);

/**
 * Parses `text` and validates it with `schema`. Syntax and schema problems are added to
 * `problems` with their file:line and field; the result is null when there were any.
 */
export function parseYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  problems: ProblemList,
): YamlFile<z.output<S>> | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.add({
        code: 'YAML_SYNTAX',
        file,
        line: lineAt(error.pos[0]),
        field: null,
        message: error.message.split('\n')[0] ?? error.message,
        hint: 'Fix the YAML syntax (indentation, quotes, a duplicated key); quote text with ": " or "#" in it.',
      });
    }
    return null;
  }

  const lineOf = (path: YamlPath): number | null => {
    // Walk up until a node exists: a missing field is reported at the object that lacks it.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return null;
  };

  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const last = path[path.length - 1];
      const isDate = typeof last === 'string' && DATE_FIELDS.has(last);
      problems.add({
        code: (isDate ? 'MALFORMED_DATE' : 'INVALID_FIELD') satisfies SeedProblemCode,
        file,
        line: lineOf(path),
        field: fieldPath(path) || null,
        message: issue.message,
        hint: isDate
          ? "Write the date as a quoted calendar date 'YYYY-MM-DD' (e.g. '2022-02-24'), or leave it out when the source gives none."
          : 'Correct the field as described; docs/model.md § "Seed files" lists every field.',
      });
    }
    return null;
  }
  return { file, data: parsed.data, lineOf };
}
