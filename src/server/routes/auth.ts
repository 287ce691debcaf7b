/**
 * Signing in and out, who am I, and one's own API tokens: `/api/v1/auth/…`. Sign-in is limited
 * per address and per account name (`@fastify/rate-limit`), and answers 429 with the wait.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { createToken, listTokens, revokeToken, signIn, signOut, signOutEverywhere, TOKEN_MAX_DAYS, TOKEN_SCOPES } from '../../app/index.ts';
import { LeverageError } from '../../domain/errors.ts';
import { clearSessionCookie, setSessionCookie } from '../auth.ts';

const whoami = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    role: { type: 'string', enum: ['viewer', 'editor', 'admin'] },
    account: { type: 'string' },
    token: { type: 'string' },
    expires_at: { type: 'string' },
  },
  required: ['id', 'role'],
} as const;

const token = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    account: { type: 'string' },
    scope: { type: 'string', enum: [...TOKEN_SCOPES] },
    label: { type: 'string' },
    createdAt: { type: 'string' },
    expiresAt: { type: 'string' },
    revokedAt: { type: 'string' },
    lastUsedAt: { type: 'string' },
    secret: { type: 'string', description: 'The token itself: shown in this response only. Send it as `Authorization: Bearer <secret>`.' },
  },
} as const;

export default async function authRoutes(app: FastifyInstance): Promise<void> {
  if (!app.hasDecorator('createRateLimit')) await app.register(rateLimit, { global: false });
  const { perAddress, perAccount } = app.authOptions.loginLimits;
  // Two counters per sign-in: the caller's address (before the body is read) and the account
  // name asked for (after), each refusing with the wait in seconds.
  const limit = (what: string, max: number, key: (r: FastifyRequest) => string) => {
    const check = app.createRateLimit({ max, timeWindow: 60_000, keyGenerator: key });
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const r = await check(request);
      if (r.isAllowed || !r.isExceeded) return;
      const seconds = Math.max(1, Math.ceil(r.ttl / 1000));
      reply.header('retry-after', String(seconds));
      throw new LeverageError('rate_limited', `too many sign-in attempts ${what}: try again in ${seconds} s`);
    };
  };
  const byAddress = limit('from this address', perAddress, (r) => `login-ip:${r.ip}`);
  const byAccount = limit(
    'for this account',
    perAccount,
    (r) =>
      `login-account:${String((r.body as { name?: unknown } | undefined)?.name ?? '')
        .trim()
        .toLowerCase()}`,
  );
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();

  api.post(
    '/api/v1/auth/login',
    {
      onRequest: byAddress,
      preHandler: byAccount,
      schema: {
        tags: ['accounts'],
        summary: 'Sign in: starts a new session (an HttpOnly cookie) and ends the one the caller held',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'password'],
          properties: { name: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 1024 } },
        },
        response: { 200: whoami },
      },
    },
    async (request, reply) => {
      const signedIn = await signIn(app.store, { ...request.body, previousSessionId: request.cookies.leverage_session }, { policy: app.authOptions.session });
      setSessionCookie(request, reply, signedIn.sessionId, app.authOptions.session.maxAgeMs);
      return { id: signedIn.actor.id, role: signedIn.actor.role, account: signedIn.actor.account, expires_at: signedIn.expiresAt.toISOString() };
    },
  );

  api.post('/api/v1/auth/logout', { schema: { tags: ['accounts'], summary: 'Sign out: ends this session' } }, async (request, reply) => {
    if (request.sessionId) await signOut(app.store, request.sessionId);
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  api.post(
    '/api/v1/auth/sign-out-everywhere',
    {
      config: { needs: 'account' },
      schema: {
        tags: ['accounts'],
        summary: 'Ends every session of the signed-in account and revokes its tokens',
        response: { 200: { type: 'object', properties: { sessions: { type: 'integer' }, tokens: { type: 'integer' } } } },
      },
    },
    async (request, reply) => {
      if (!request.actor.account) throw new LeverageError('unauthorised', 'sign in first');
      const result = await signOutEverywhere(app.store, request.actor, request.actor.account);
      clearSessionCookie(request, reply);
      return result;
    },
  );

  api.get(
    '/api/v1/auth/me',
    { schema: { tags: ['accounts'], summary: 'Who the caller is: anonymous (a viewer), or an account and its role', response: { 200: whoami } } },
    async (request) => ({ id: request.actor.id, role: request.actor.role, account: request.actor.account, token: request.actor.token }),
  );

  api.get(
    '/api/v1/auth/tokens',
    {
      config: { needs: 'account' },
      schema: {
        tags: ['accounts'],
        summary: "The signed-in account's API tokens (never their secrets)",
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: token } } } },
      },
    },
    async (request) => {
      if (!request.actor.account) throw new LeverageError('unauthorised', 'sign in first');
      return { items: (await listTokens(app.store, request.actor)).map((t) => ({ ...t })) };
    },
  );

  api.post(
    '/api/v1/auth/tokens',
    {
      config: { needs: 'session' },
      schema: {
        tags: ['accounts'],
        summary: "Issue an API token (scope read, write or admin, up to the account's role); the secret is shown once",
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['scope', 'days'],
          properties: {
            scope: { type: 'string', enum: [...TOKEN_SCOPES] },
            days: { type: 'integer', minimum: 1, maximum: TOKEN_MAX_DAYS },
            label: { type: 'string', maxLength: 200 },
          },
        },
        response: { 201: token },
      },
    },
    async (request, reply) => {
      if (!request.actor.account) throw new LeverageError('unauthorised', 'sign in first');
      return reply.code(201).send(await createToken(app.store, request.actor, request.body));
    },
  );

  api.delete(
    '/api/v1/auth/tokens/:id',
    {
      config: { needs: 'account' },
      schema: {
        tags: ['accounts'],
        summary: 'Revoke an API token (its owner or an admin)',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 64 } }, required: ['id'] },
      },
    },
    async (request, reply) => {
      if (!request.actor.account) throw new LeverageError('unauthorised', 'sign in first');
      await revokeToken(app.store, request.actor, request.params.id);
      return reply.code(204).send();
    },
  );
}
