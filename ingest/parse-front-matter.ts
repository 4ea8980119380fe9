// Splits a leading YAML front-matter block (--- … ---) from a text file. The body after it is
// the text that is stored and that every offset points into.
import { parse } from 'yaml';
import { z } from 'zod';
import { IngestInputError } from './ingest-errors.js';
import type { SourceMetadata } from './source-document.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(iso))) {
    ctx.addIssue({ code: 'custom', message: `"${iso}" is not a date like 2025-05-23` });
    return z.NEVER;
  }
  return iso;
});

const schema = z
  .object({
    title: z.string().nullish(),
    outlet: z.string().nullish(),
    url: z.string().nullish(),
    byline: z.string().nullish(),
    published: isoDate.nullish(),
  })
  .strict();

export function parseFrontMatter(
  raw: string,
  where: string,
): { metadata: Partial<SourceMetadata>; body: string } {
  const match = FRONT_MATTER.exec(raw);
  if (!match) return { metadata: {}, body: raw };
  let data: unknown;
  try {
    data = parse(match[1] ?? '', { schema: 'core' }) ?? {};
  } catch (error) {
    throw new IngestInputError(
      `${where}: the front matter is not valid YAML (${(error as Error).message.split('\n')[0]}). ` +
        'Fix the block between the two --- lines.',
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IngestInputError(
      `${where}: front matter field "${issue?.path.join('.') ?? '?'}": ${issue?.message}. ` +
        'Allowed fields: title, outlet, url, byline, published (YYYY-MM-DD).',
    );
  }
  const metadata: Partial<SourceMetadata> = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value !== undefined && value !== null) metadata[key as keyof SourceMetadata] = value;
  }
  return { metadata, body: raw.slice(match[0].length) };
}
