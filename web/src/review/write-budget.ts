// How long the screen waits for a write before saying the API did not answer. Longer than a
// read's 20 s: one ingest is some hundred small writes in one transaction, and a busy server
// may take seconds per review action.
export const INGEST_MS = 180_000;
export const WRITE_MS = 60_000;
/** The review read runs the ingestion pipeline on the source again (rule, candidates). */
export const REVIEW_READ_MS = 60_000;
