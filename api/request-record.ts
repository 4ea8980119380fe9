import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// What the access log says about one request. The HTTP server opens it; the GraphQL plugins
// fill in the operation and the Cypher count. Never variables: they may hold tokens.
export interface RequestRecord {
  id: string;
  startedAt: number;
  operationName?: string | undefined;
  cypherCount: number;
  errorCodes: string[];
}

const records = new WeakMap<IncomingMessage, RequestRecord>();

// A proxy's id is kept when it is short and plain; anything else could forge log lines.
const SAFE_REQUEST_ID = /^[\w.:-]{1,64}$/;

export function openRequestRecord(req: IncomingMessage): RequestRecord {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  const record: RequestRecord = { id, startedAt: performance.now(), cypherCount: 0, errorCodes: [] };
  records.set(req, record);
  return record;
}

export function requestRecordOf(req: IncomingMessage | undefined): RequestRecord | undefined {
  return req ? records.get(req) : undefined;
}
