// The source an ingestion run works on: its stored text and its metadata.
export interface SourceMetadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) the source was published, null when unknown. */
  published: string | null;
}

export interface SourceDocument extends SourceMetadata {
  /** The text every offset points into (front matter removed, HTML reduced to its article). */
  text: string;
  format: 'text' | 'html';
}

export const EMPTY_METADATA: SourceMetadata = {
  title: null,
  outlet: null,
  url: null,
  byline: null,
  published: null,
};
