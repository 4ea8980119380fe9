import { badInput } from '../../../graph/write/write-errors.js';
import { extractArticleHtml } from '../../../ingest/extract-article-html.js';
import { IngestInputError } from '../../../ingest/ingest-errors.js';
import type { SourceDocument } from '../../../ingest/source-document.js';

// The article fields of the source mutations (`addSource`, `ingestSource`) as the one document
// the write path and the pipeline read: line ends made `\n`, the date as `YYYY-MM-DD`, and a
// saved HTML page reduced to its article text the way the CLI does (Readability), so every
// quote's offsets point into exactly the text that is stored. Fields given win over the page's.
export interface SourceInputFields {
  text?: string | null;
  html?: string | null;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  byline?: string | null;
  publishedAt?: unknown;
}

export function sourceDocumentOf(input: SourceInputFields): SourceDocument {
  const given = {
    title: input.title ?? null,
    outlet: input.outlet ?? null,
    url: input.url ?? null,
    byline: input.byline ?? null,
    published: input.publishedAt ? String(input.publishedAt).slice(0, 10) : null,
  };
  if ((input.text == null) === (input.html == null)) {
    throw badInput(
      'Give the article as `text` (plain text) or as `html` (a saved page), exactly one of them.',
      'text',
    );
  }
  if (input.text != null) return { ...given, text: input.text.replace(/\r\n?/g, '\n'), format: 'text' };
  const page = extractedPage(input.html ?? '');
  const fromPage = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== null));
  return { ...given, ...page.metadata, ...fromPage, text: page.text, format: 'html' } as SourceDocument;
}

function extractedPage(html: string): ReturnType<typeof extractArticleHtml> {
  try {
    return extractArticleHtml(html, 'html');
  } catch (error) {
    if (error instanceof IngestInputError) throw badInput(error.message, 'html');
    throw error;
  }
}
