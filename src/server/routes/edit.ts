/**
 * Editing registry records over HTTP, for every kind (`/api/v1/<kind>`): create, edit (with
 * `If-Match`: the ETag of the record as read), restore an earlier version, the history, and
 * (admins) delete and restore from deletion.
 * The use cases in src/app check the role (editor and up), validate, write and audit.
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { createRecord, deleteRecord, editRecord, recordHistory, restoreRecord, undeleteRecord, type EditOutcome } from '../../app/index.ts';
import { RECORD_KINDS, type RecordKind } from '../../domain/schema/index.ts';
import { recordJsonSchema } from '../json-schema.ts';

const note = { type: 'string', minLength: 1, maxLength: 2000, description: "Why: kept in the record's history" } as const;
const idParam = { type: 'object', properties: { id: { type: 'string', maxLength: 128 } }, required: ['id'] } as const;
const ifMatch = {
  type: 'object',
  properties: { 'if-match': { type: 'string', maxLength: 200, description: 'The ETag of the record as read (GET /api/v1/<kind>/{id})' } },
} as const;

export default async function editRoutes(app: FastifyInstance): Promise<void> {
  for (const kind of RECORD_KINDS) registerKind(app, kind);
}

function registerKind(app: FastifyInstance, kind: RecordKind): void {
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const body = { type: 'object', additionalProperties: false, required: ['record', 'note'], properties: { record: { type: 'object' }, note } } as const;
  const tags = ['editing'];

  api.post(
    `/api/v1/${kind.plural}`,
    {
      config: { needs: 'edit' },
      schema: {
        tags,
        summary: `Create a ${kind.name} (editor)`,
        description: `The fields of ${recordJsonSchema(kind).description}; a source is required.`,
        body,
      },
    },
    async (request, reply) => {
      const { record, etag } = await createRecord(app.store, request.actor, kind.name, request.body.record, request.body.note);
      return reply.code(201).header('etag', etag).send(record);
    },
  );

  api.put(
    `/api/v1/${kind.plural}/:id`,
    {
      config: { needs: 'edit' },
      schema: {
        tags,
        summary: `Edit a ${kind.name} (editor): the whole record, with If-Match; 412 with what changed meanwhile`,
        params: idParam,
        headers: ifMatch,
        body,
      },
    },
    async (request, reply) => {
      const outcome = await editRecord(app.store, request.actor, kind.name, request.params.id, request.body.record, {
        ifMatch: request.headers['if-match'],
        note: request.body.note,
      });
      return sendOutcome(reply, outcome);
    },
  );

  api.post(
    `/api/v1/${kind.plural}/:id/restore`,
    {
      config: { needs: 'edit' },
      schema: {
        tags,
        summary: `Restore an earlier version of a ${kind.name} (editor), as a new edit`,
        params: idParam,
        headers: ifMatch,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['version', 'note'],
          properties: {
            version: { type: 'string', pattern: '^\\d{1,18}$', description: 'A history entry (its `version`)' },
            side: { type: 'string', enum: ['after', 'before'], description: 'The record as that change left it (default) or as it was just before it' },
            note,
          },
        },
      },
    },
    async (request, reply) => {
      const outcome = await restoreRecord(app.store, request.actor, kind.name, request.params.id, request.body.version, {
        ifMatch: request.headers['if-match'],
        note: request.body.note,
        side: request.body.side,
      });
      return sendOutcome(reply, outcome);
    },
  );

  const deletion = {
    type: 'object',
    properties: { kind: { type: 'string' }, id: { type: 'string' }, deleted_at: { type: 'string' }, deleted_by: { type: 'string' } },
  } as const;
  const noteBody = { type: 'object', additionalProperties: false, required: ['note'], properties: { note } } as const;
  api.delete(
    `/api/v1/${kind.plural}/:id`,
    {
      config: { needs: 'administer' },
      schema: {
        tags,
        summary: `Delete a ${kind.name} (admin): it leaves every public read and analysis; editors still open it, marked deleted`,
        params: idParam,
        body: noteBody,
        response: { 200: deletion },
      },
    },
    async (request) => ({ ...(await deleteRecord(app.store, request.actor, kind.name, request.params.id, request.body.note)) }),
  );
  api.post(
    `/api/v1/${kind.plural}/:id/undelete`,
    {
      config: { needs: 'administer' },
      schema: { tags, summary: `Restore a deleted ${kind.name} (admin)`, params: idParam, body: noteBody, response: { 200: deletion } },
    },
    async (request) => ({ ...(await undeleteRecord(app.store, request.actor, kind.name, request.params.id, request.body.note)) }),
  );

  api.get(
    `/api/v1/${kind.plural}/:id/history`,
    {
      schema: { tags: ['records'], summary: `The history of a ${kind.name}: when it changed (everyone); who, why and what (editors)`, params: idParam },
    },
    async (request) => ({ items: await recordHistory(app.store, request.actor, kind.name, request.params.id) }),
  );
}

function sendOutcome(reply: import('fastify').FastifyReply, outcome: EditOutcome) {
  if (outcome.saved) return reply.header('etag', outcome.etag).send(outcome.record);
  return reply
    .code(412)
    .type('application/problem+json')
    .header('etag', outcome.etag)
    .send({
      type: 'about:blank',
      title: 'Precondition Failed',
      status: 412,
      code: 'stale',
      detail: `the record changed since you read it (${Object.keys(outcome.changed).join(', ') || 'fields unknown'}): nothing was saved`,
      current: outcome.current,
      changed: outcome.changed,
    });
}
