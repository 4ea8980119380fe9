import type { IncomingMessage } from 'node:http';
import { type GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from './errors.js';
import type { Logger } from './logger.js';
import { requestRecordOf } from './request-record.js';

// Fills the access log's record (api/request-record.ts) with the operation's name and the
// codes of its errors, and logs each unexpected error once, with its stack: those are our bugs.
// Never the variables or the query text: they may hold tokens and a client controls their size.
export function useRequestLog(log: Logger): Plugin<{ req?: IncomingMessage }> {
  return {
    onExecute({ args }) {
      const record = requestRecordOf((args.contextValue as { req?: IncomingMessage }).req);
      if (!record) return;
      const name = args.operationName ?? getOperationAST(args.document)?.name?.value;
      record.operationName = name?.slice(0, 100);
    },
    onResultProcess({ result, serverContext }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors) return;
      const record = requestRecordOf((serverContext as { req?: IncomingMessage }).req);
      for (const error of result.errors as GraphQLError[]) {
        const code = String(error.extensions?.code ?? 'UNKNOWN');
        if (record && !record.errorCodes.includes(code)) record.errorCodes.push(code);
        if (code === ERROR_CODES.INTERNAL_SERVER_ERROR) {
          const cause = error.originalError ?? error;
          log.error(
            { requestId: record?.id, path: error.path?.join('.'), error: cause.message, stack: cause.stack },
            'unexpected error',
          );
        }
      }
    },
  };
}
