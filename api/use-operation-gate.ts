import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from './context.js';
import type { OperationGate } from './operation-gate.js';

// Every query waits its turn at the operation gate before it executes (after parsing, validation
// and cost analysis, which are cached per document); mutations go straight through: an
// analyst's write is never shed because readers are many, and writes have their own rate limit.
export function useOperationGate(gate: OperationGate): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const signal = (args.contextValue as Partial<ApiContext>).deadline?.signal;
      setExecuteFn((executeArgs) => gate.run(async () => executeFn(executeArgs), signal));
    },
  };
}
