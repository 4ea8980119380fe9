// Reads a saved HTML page: Mozilla Readability (on a linkedom document) finds the article; its
// headings, paragraphs, list items and quotes become one line each of the stored text, so every
// offset points into exactly the text that is stored and shown.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestInputError } from './ingest-errors.js';
import type { SourceMetadata } from './source-document.js';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption';

export function extractArticleHtml(
  html: string,
  where: string,
): { metadata: Partial<SourceMetadata>; text: string } {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const noArticle = () =>
    new IngestInputError(
      `${where}: no article body found in this HTML page. Save the article page itself, or paste its text into a .txt file.`,
    );
  if (!article?.content) throw noArticle();
  const { document: body } = parseHTML(`<html><body>${article.content}</body></html>`);
  const lines = [...body.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  // A page of menus only: Readability returns something, but no paragraph of it has text.
  if (lines.length === 0) throw noArticle();
  const title = article.title?.trim() || null;
  if (title && lines[0] !== title) lines.unshift(title);
  const published = article.publishedTime ? article.publishedTime.slice(0, 10) : null;
  const metadata: Partial<SourceMetadata> = {};
  if (title) metadata.title = title;
  if (article.byline) metadata.byline = article.byline.trim();
  if (article.siteName) metadata.outlet = article.siteName.trim();
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) metadata.published = published;
  return { metadata, text: lines.join('\n\n') };
}
