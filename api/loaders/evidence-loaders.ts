import type { StatementRecord } from '../../graph/model/records.js';
import type { EntityNode } from '../../graph/queries/entity-row.js';
import { getSourceTexts } from '../../graph/queries/get-source-texts.js';
import { getSources } from '../../graph/queries/get-sources.js';
import { getStatements } from '../../graph/queries/get-statements.js';
import { type Citation, listCitations } from '../../graph/queries/list-citations.js';
import { listEvidencedEntities } from '../../graph/queries/list-evidenced-entities.js';
import { listSourceStatements } from '../../graph/queries/list-source-statements.js';
import type { SourceNode } from '../../graph/queries/source-row.js';
import { visibleStatuses } from '../auth/read-statuses.js';
import type { ApiContext } from '../context.js';

// Batch functions of the evidence layer (statements, sources, citations).

export const loadStatements = (ids: string[], ctx: ApiContext): Promise<StatementRecord[]> =>
  getStatements(ctx.client, ids, visibleStatuses(ctx));

export const loadSources = (ids: string[], ctx: ApiContext): Promise<SourceNode[]> =>
  getSources(ctx.client, ids);

export async function loadSourceTexts(ids: string[], ctx: ApiContext): Promise<(string | null)[]> {
  const rows = await getSourceTexts(ctx.client, ids);
  const byId = new Map(rows.map((row) => [row.id, row.text]));
  return ids.map((id) => byId.get(id) ?? null);
}

export const loadStatementsOfSources = (ids: string[], ctx: ApiContext): Promise<StatementRecord[]> =>
  listSourceStatements(ctx.client, ids, null);

export async function loadEvidencedEntities(ids: string[], ctx: ApiContext): Promise<EntityNode[][]> {
  const rows = await listEvidencedEntities(ctx.client, ids);
  return ids.map((id) => rows.filter((row) => row.statementId === id).map((row) => row.entity));
}

export const loadCitationsOfEvents = (ids: string[], ctx: ApiContext): Promise<Citation[]> =>
  listCitations(ctx.client, { eventIds: ids });

export const loadCitationsOfSources = (ids: string[], ctx: ApiContext): Promise<Citation[]> =>
  listCitations(ctx.client, { sourceIds: ids });
