/** Accounts, for admins: `/api/v1/users`. The first admin is made at the terminal (`leverage users add --admin`). */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { addAccount, disableAccount, listAccounts, ROLES, setAccountRole, signOutEverywhere } from '../../app/index.ts';

const account = {
  type: 'object',
  additionalProperties: false,
  properties: { name: { type: 'string' }, role: { type: 'string', enum: [...ROLES] }, createdAt: { type: 'string' }, disabledAt: { type: 'string' } },
} as const;
const nameParam = { type: 'object', properties: { name: { type: 'string', maxLength: 64 } }, required: ['name'] } as const;

export default async function userRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  api.get(
    '/api/v1/users',
    {
      config: { needs: 'administer' },
      schema: {
        tags: ['accounts'],
        summary: 'Every account (admin)',
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: account } } } },
      },
    },
    async (request) => ({ items: await listAccounts(app.store, request.actor) }),
  );

  api.post(
    '/api/v1/users',
    {
      config: { needs: 'administer' },
      schema: {
        tags: ['accounts'],
        summary: 'Add an account (admin)',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'role', 'password'],
          properties: { name: { type: 'string', maxLength: 64 }, role: { type: 'string', enum: [...ROLES] }, password: { type: 'string', maxLength: 1024 } },
        },
        response: { 201: account },
      },
    },
    async (request, reply) => reply.code(201).send(await addAccount(app.store, request.actor, request.body)),
  );

  api.patch(
    '/api/v1/users/:name',
    {
      config: { needs: 'administer' },
      schema: {
        tags: ['accounts'],
        summary: "Change an account's role, or disable / enable it (admin)",
        params: nameParam,
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { role: { type: 'string', enum: [...ROLES] }, disabled: { type: 'boolean' } },
        },
        response: { 200: account },
      },
    },
    async (request) => {
      const { role, disabled } = request.body;
      let result = role ? await setAccountRole(app.store, request.actor, request.params.name, role) : undefined;
      if (disabled !== undefined) result = await disableAccount(app.store, request.actor, request.params.name, disabled);
      return result!;
    },
  );

  api.post(
    '/api/v1/users/:name/sign-out',
    {
      config: { needs: 'administer' },
      schema: {
        tags: ['accounts'],
        summary: 'Sign an account out everywhere: its sessions end, its tokens are revoked (admin)',
        params: nameParam,
        response: { 200: { type: 'object', properties: { sessions: { type: 'integer' }, tokens: { type: 'integer' } } } },
      },
    },
    async (request) => signOutEverywhere(app.store, request.actor, request.params.name),
  );
}
