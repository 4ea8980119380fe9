import type { GraphClient, Params } from '../../graph/client.js';
import { withReadStatuses } from '../../graph/client.js';

// Runs one statement under PROFILE and flattens its plan, so a spec can say how much work a
// query did (rows per operator, database hits) on a graph of known size.

export interface ProfiledOperator {
  operator: string;
  rows: number;
  dbHits: number;
  details: string;
}

interface PlanNode {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function flatten(node: PlanNode): ProfiledOperator[] {
  const own = {
    operator: node.operatorType.replace(/@.*$/, ''),
    rows: Number(node.rows),
    dbHits: Number(node.dbHits),
    details: String(node.arguments.Details ?? ''),
  };
  return [own, ...node.children.flatMap(flatten)];
}

export async function profileQuery(
  client: GraphClient,
  cypher: string,
  params: Params,
): Promise<ProfiledOperator[]> {
  return client.writeTx(async (tx) => {
    const result = await tx.run(`PROFILE ${cypher}`, withReadStatuses(params));
    const plan = result.summary.profile;
    if (!plan) throw new Error('Neo4j returned no profile for a PROFILE statement.');
    return flatten(plan as unknown as PlanNode);
  });
}
