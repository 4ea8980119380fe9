// Reads one file into a SourceDocument: plain text (with optional front matter) or saved HTML.
// Flags given on the command line win over what the file says.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { extractArticleHtml } from './extract-article-html.js';
import { IngestInputError } from './ingest-errors.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { EMPTY_METADATA, type SourceDocument, type SourceMetadata } from './source-document.js';

export const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

export async function readSourceFile(
  path: string,
  overrides: Partial<SourceMetadata> = {},
): Promise<SourceDocument> {
  const extension = extname(path).toLowerCase();
  if (!SOURCE_EXTENSIONS.has(extension)) {
    throw new IngestInputError(
      `${path}: ${extension || 'no extension'} is not a source we read. Use .txt, .md, .html or .htm.`,
    );
  }
  const raw = await readFile(path, 'utf8');
  const html = extension === '.html' || extension === '.htm';
  const { metadata, text } = html ? extractArticleHtml(raw, path) : withBody(parseFrontMatter(raw, path));
  if (text.trim().length === 0) throw new IngestInputError(`${path}: the file has no text to ingest.`);
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(([, v]) => v !== undefined && v !== null),
  );
  return {
    ...EMPTY_METADATA,
    title: firstLine(text) ?? basename(path),
    ...metadata,
    ...defined,
    text,
    format: html ? 'html' : 'text',
  };
}

function withBody(parsed: ReturnType<typeof parseFrontMatter>): {
  metadata: Partial<SourceMetadata>;
  text: string;
} {
  return { metadata: parsed.metadata, text: parsed.body };
}

function firstLine(text: string): string | null {
  return (
    text
      .split(/\r?\n/)
      .find((line) => line.trim().length > 0)
      ?.trim() ?? null
  );
}
