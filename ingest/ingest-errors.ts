// Expected ingestion failures: bad input the user can fix. The message says what, where and how.
export class IngestInputError extends Error {
  readonly code = 'BAD_SOURCE' as const;
  override readonly name = 'IngestInputError';
}
