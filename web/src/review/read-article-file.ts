import { Readability } from '@mozilla/readability';

// A dropped file as the add-source form wants it: the text to store and what the file says
// about itself. A .txt may open with a `---` front-matter block (title, outlet, url,
// published); a saved .html page goes through Mozilla Readability, as `npm run ingest` does,
// and each heading, paragraph, list item and quote becomes one line.
export interface ArticleDraft {
  text: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption';

function isoDate(value: string | null | undefined): string | null {
  const day = value?.trim().slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/** Text with an optional front-matter block of `key: value` lines (quotes around values allowed). */
export function readTextArticle(raw: string): ArticleDraft {
  const match = FRONT_MATTER.exec(raw);
  const fields = new Map<string, string>();
  for (const line of match?.[1]?.split(/\r?\n/) ?? []) {
    const pair = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (pair)
      fields.set((pair[1] as string).toLowerCase(), (pair[2] as string).replace(/^["']|["']$/g, '').trim());
  }
  const text = (match ? raw.slice(match[0].length) : raw).replace(/\r\n?/g, '\n').replace(/^\n+/, '');
  return {
    text,
    title: fields.get('title') || null,
    outlet: fields.get('outlet') || null,
    url: fields.get('url') || null,
    publishedAt: isoDate(fields.get('published')),
  };
}

/** A saved article page; null when Readability finds no article in it. */
export function readHtmlArticle(html: string): ArticleDraft | null {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const canonical =
    page.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const ogUrl = page.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const article = new Readability(page).parse();
  if (!article?.content) return null;
  const body = new DOMParser().parseFromString(`<body>${article.content}</body>`, 'text/html');
  const lines = [...body.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  const title = article.title?.trim() || null;
  if (title && lines[0] !== title) lines.unshift(title);
  return {
    text: lines.join('\n\n'),
    title,
    outlet: article.siteName?.trim() || null,
    url: canonical ?? ogUrl,
    publishedAt: isoDate(article.publishedTime),
  };
}
