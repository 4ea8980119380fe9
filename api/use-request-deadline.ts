import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from './context.js';

// Starts each request's deadline once its operation is known: a query gets `readMs`, a mutation
// `writeMs` (ingesting a long article on a busy machine may take longer than any read should,
// and a write refused halfway is worse than a slow one: the analyst would retry it).
export function useRequestDeadline(readMs: number, writeMs: number): Plugin {
  return {
    onExecute({ args }) {
      const mutation = getOperationAST(args.document, args.operationName)?.operation === 'mutation';
      (args.contextValue as Partial<ApiContext>).deadline?.start(mutation ? writeMs : readMs);
    },
  };
}
