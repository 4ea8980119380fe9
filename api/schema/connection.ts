import type { Connection } from '../pagination.js';

/** Resolver of the `totalCount` field every connection type carries besides the relay fields. */
export function totalCountOf(connection: object): number {
  return (connection as Connection<unknown>).totalCount;
}
