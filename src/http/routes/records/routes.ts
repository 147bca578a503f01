import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { EvidenceSchema, HistoryEntrySchema, RECORD_SCHEMAS, RecordKindSchema, type RecordKind } from '../../../contracts/index.js';
import { NotFoundError } from '../../../core/errors.js';
import { createRecord } from '../../../core/commands/recordCreator.js';
import { updateRecord } from '../../../core/commands/recordUpdater.js';
import type { CommandContext } from '../../../core/ports.js';
import type { AppEnv } from '../../env.js';
import { IdParamsSchema } from '../../params.js';
import { ERROR_RESPONSES, jsonResponse } from '../../responses.js';
import { recordPageSchema, recordPatchSchema, RecordListQuerySchema, type RecordListQuery } from './schema.js';

/**
 * The routes are built in a loop over RECORD_SCHEMAS, so their types are the union of all kinds;
 * the handlers are typed by hand and `openapi()` is told to trust them (`as never`). The schemas
 * still validate every request at run time and describe every route in the document.
 */
type LooseContext = Context<AppEnv>;

async function getOr404(ctx: CommandContext, kind: RecordKind, id: string) {
  const record = await ctx.store.read.get(kind, id);
  if (!record) throw new NotFoundError(kind, id);
  return record;
}

function valid<T>(c: LooseContext, target: 'query' | 'param' | 'json'): T {
  return c.req.valid(target as never) as T;
}

/**
 * Registers list, get, create, patch, history and evidence for one record kind under `/api/<plural>`.
 * @param app the API app
 * @param kind the record kind
 */
export function registerRecordKindRoutes(app: OpenAPIHono<AppEnv>, kind: RecordKind): void {
  const { input, record, plural } = RECORD_SCHEMAS[kind];
  const base = `/api/${plural}`;
  const tags = [plural];

  const list = createRoute({
    method: 'get', path: base, tags, summary: `List ${plural}`,
    request: { query: RecordListQuerySchema },
    responses: { 200: jsonResponse(recordPageSchema(kind), `a page of ${plural}`), 400: ERROR_RESPONSES[400], 503: ERROR_RESPONSES[503] },
  });
  app.openapi(list, (async (c: LooseContext) => {
    const query = valid<RecordListQuery>(c, 'query');
    const items = await c.var.ctx.store.read.list(kind, {
      countries: query.country.length > 0 ? query.country : undefined,
      q: query.q || undefined,
      limit: query.limit,
      offset: query.offset,
    });
    return c.json({ items, limit: query.limit, offset: query.offset }, 200);
  }) as never);

  const get = createRoute({
    method: 'get', path: `${base}/{id}`, tags, summary: `Get one ${kind}`,
    request: { params: IdParamsSchema },
    responses: { 200: jsonResponse(record, `the ${kind}`), 404: ERROR_RESPONSES[404] },
  });
  app.openapi(get, (async (c: LooseContext) => {
    const { id } = valid<{ id: string }>(c, 'param');
    return c.json(await getOr404(c.var.ctx, kind, id), 200);
  }) as never);

  const create = createRoute({
    method: 'post', path: base, tags, summary: `Create a ${kind}`,
    request: { body: { required: true, content: { 'application/json': { schema: input } } } },
    responses: { 201: jsonResponse(record, `the new ${kind}, version 1`), 400: ERROR_RESPONSES[400] },
  });
  app.openapi(create, (async (c: LooseContext) => {
    const created = await createRecord(c.var.ctx, kind, valid<unknown>(c, 'json'));
    return c.json(created, 201);
  }) as never);

  const patch = createRoute({
    method: 'patch', path: `${base}/{id}`, tags, summary: `Change fields of a ${kind}`,
    request: { params: IdParamsSchema, body: { required: true, content: { 'application/json': { schema: recordPatchSchema(kind) } } } },
    responses: {
      200: jsonResponse(record, `the ${kind} with its new version`),
      400: ERROR_RESPONSES[400], 404: ERROR_RESPONSES[404], 409: ERROR_RESPONSES[409],
    },
  });
  app.openapi(patch, (async (c: LooseContext) => {
    const { id } = valid<{ id: string }>(c, 'param');
    // The validated body has every absent field filled with its default (zod applies defaults
    // inside .partial()); a patch must change only what was sent, so the raw body is passed on.
    const { version, ...fields } = (await c.req.json()) as { version: number } & Record<string, unknown>;
    const updated = await updateRecord(c.var.ctx, kind, id, fields, version);
    return c.json(updated, 200);
  }) as never);

  const history = createRoute({
    method: 'get', path: `${base}/{id}/history`, tags, summary: `Every change of a ${kind}, oldest first`,
    request: { params: IdParamsSchema },
    responses: { 200: jsonResponse(z.array(HistoryEntrySchema), 'the history'), 404: ERROR_RESPONSES[404] },
  });
  app.openapi(history, (async (c: LooseContext) => {
    const { id } = valid<{ id: string }>(c, 'param');
    await getOr404(c.var.ctx, kind, id);
    return c.json(await c.var.ctx.store.read.listHistory(kind, id), 200);
  }) as never);

  const evidence = createRoute({
    method: 'get', path: `${base}/{id}/evidence`, tags, summary: `The source spans behind a ${kind}`,
    request: { params: IdParamsSchema },
    responses: { 200: jsonResponse(z.array(EvidenceSchema), 'the evidence'), 404: ERROR_RESPONSES[404] },
  });
  app.openapi(evidence, (async (c: LooseContext) => {
    const { id } = valid<{ id: string }>(c, 'param');
    await getOr404(c.var.ctx, kind, id);
    return c.json(await c.var.ctx.store.read.listEvidence([id]), 200);
  }) as never);
}

/**
 * Registers the generic CRUD routes of every record kind.
 * @param app the API app
 */
export function registerRecordRoutes(app: OpenAPIHono<AppEnv>): void {
  for (const kind of RecordKindSchema.options) registerRecordKindRoutes(app, kind);
}
