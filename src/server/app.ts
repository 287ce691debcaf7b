/**
 * Builds the HTTP app over an open store. It never listens: `start.ts` does, and tests drive the
 * app with `inject`. Every error leaves through one handler as application/problem+json (RFC 9457).
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions, type RouteOptions } from 'fastify';
import { LeverageError, type ErrorCode } from '../domain/errors.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { WEB_DIST } from './web-build.ts';
import { registerResponseCache, versionTracker, type ResponseCacheStats } from './response-cache.ts';
import { registryCache, type RegistryCache } from './registry-cache.ts';
import swaggerUi from '@fastify/swagger-ui';
import { isUniqueViolation, loadRegistry, type Store } from '../app/index.ts';
import actorRoutes from './routes/actors.ts';
import analysisRoutes from './routes/analysis.ts';
import healthRoutes from './routes/health.ts';
import overviewRoutes from './routes/overview.ts';
import listRoutes from './routes/lists.ts';
import recordRoutes from './routes/records.ts';
import datasetRoutes from './routes/dataset.ts';
import scenarioRoutes from './routes/scenarios.ts';
import screenRoutes from './routes/screen.ts';
import yenteRoutes from './routes/yente/index.ts';
import timelinePage from './routes/timeline-page.ts';
import adminRoutes from './routes/admin.ts';
import auth, { type AuthOptions } from './auth.ts';
import accountRoutes from './routes/accounts.ts';
import editRoutes from './routes/edit.ts';
import newsExtractRoutes from './routes/news-extract.ts';
import newsQueueRoutes from './routes/news-queue.ts';
import { AJV_FORMATS, DAY_EXPECTED, EDTF_DAY_FORMAT, InputError, registerHardening, type HardeningOptions } from './hardening.ts';
import { STATUS_CODES } from 'node:http';
import { ComputePool, type ComputePoolOptions } from './compute-pool.ts';

export interface AppOptions {
  store: Store;
  /** Serve the dashboard from web/dist (default true; the API tests leave it out). */
  dashboard?: boolean;
  /** Told of every route as it is registered (tests check each is in the OpenAPI document). */
  onRoute?: (route: RouteOptions) => void;
  /** How long a read of the data version is trusted by the response cache, in ms (default 1000). */
  cacheCheckMs?: number;
  logger?: FastifyServerOptions['logger'];
  /** The admin channel's token once the server listens (an embedded store's lock holder); the channel is closed while undefined. */
  adminToken?: () => string | undefined;
  /** Session lifetimes and sign-in limits (defaults in src/server/auth.ts). */
  auth?: AuthOptions;
  /** The response cache's budget in bytes (default DEFAULT_CACHE_BYTES, 64 MiB). */
  cacheBytes?: number;
  /** The worker pool of CPU-heavy requests: threads, time budget, queue (see compute-pool.ts). */
  compute?: ComputePoolOptions;
  /** Load shedding thresholds (see hardening.ts). */
  hardening?: HardeningOptions;
  /**
   * Behind a TLS proxy: trust its `X-Forwarded-Proto`/`-Host`/`-For` (fastify's `trustProxy`:
   * true, or the proxy's addresses). Off by default: a direct caller could forge them.
   */
  trustProxy?: FastifyServerOptions['trustProxy'];
}

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    /** The store's data version (changes on every import), read at most once per second. */
    dataVersion: () => Promise<string>;
    /** The registry and its prepared analysis contexts, per data version. */
    registryCache: RegistryCache;
    /** Entries and bytes in the response cache. */
    responseCache: ResponseCacheStats;
  }
}

export async function buildApp({
  store,
  logger = false,
  dashboard = true,
  onRoute,
  cacheCheckMs,
  adminToken,
  auth: authOptions = {},
  hardening,
  cacheBytes,
  compute,
  trustProxy = false,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, formats: AJV_FORMATS } },
    // A URL that is not valid percent-encoded UTF-8 is refused before routing: as problem+json too.
    frameworkErrors: (err, _request, res) => {
      const problem = toProblem(err);
      const reply = res as unknown as FastifyReply;
      reply.code(problem.status).type('application/problem+json').send(problem);
    },
  });
  app.decorate('store', store);
  if (onRoute) app.addHook('onRoute', onRoute);
  app.decorate('dataVersion', versionTracker(store, cacheCheckMs));
  app.decorate('responseCache', registerResponseCache(app, app.dataVersion, { maxBytes: cacheBytes }));
  app.setErrorHandler((err, request, reply) => {
    const problem = toProblem(err);
    if (problem.status >= 500 && problem.status !== 503) request.log.error({ err }, 'request failed');
    const retryAfter = (err as { retryAfterS?: number }).retryAfterS;
    if (retryAfter) reply.header('retry-after', String(retryAfter));
    reply.code(problem.status).type('application/problem+json').send(problem);
  });
  await registerHardening(app, hardening);
  app.setNotFoundHandler((request, reply) => {
    const allow = app.allowedMethods(request.url);
    if (allow.length) {
      const detail = `${request.method} is not allowed on ${request.url.split('?')[0]}; use ${allow.join(', ')}`;
      reply
        .code(405)
        .header('allow', allow.join(', '))
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Method Not Allowed', status: 405, detail });
      return;
    }
    reply
      .code(404)
      .type('application/problem+json')
      .send({ type: 'about:blank', title: 'Not Found', status: 404, detail: `no route for ${request.method} ${request.url}` });
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Leverage API',
        version: '0.1.0',
        description:
          'Political prisoners, sanctions and diplomacy: every record with its source. JSON by default, CSV on tabular routes, errors as application/problem+json (RFC 9457).',
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(auth, authOptions);
  await app.register(accountRoutes);
  await app.register(healthRoutes);
  await app.register(overviewRoutes);
  await app.register(recordRoutes);
  await app.register(editRoutes);
  await app.register(newsQueueRoutes);
  await app.register(actorRoutes);
  const registry = registryCache(() => loadRegistry(store), app.dataVersion);
  app.decorate('registryCache', registry);
  await app.register(analysisRoutes, { cache: registry });
  const pool = new ComputePool(compute);
  app.addHook('onClose', () => pool.close());
  await app.register(scenarioRoutes, { registry: () => registry.registry(), version: app.dataVersion, pool });
  await app.register(datasetRoutes, { registry: () => registry.registry() });
  await app.register(screenRoutes, { pool });
  await app.register(yenteRoutes, { pool });
  await app.register(listRoutes);
  await app.register(newsExtractRoutes);
  await app.register(timelinePage);
  if (adminToken) await app.register(adminRoutes, { token: adminToken });
  if (dashboard && existsSync(join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: false, maxAge: '1h', schemaHide: true });
  } else {
    app.get('/', { schema: { hide: true } }, (_req, reply) => reply.redirect('/timeline'));
  }
  return app;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request field at fault, e.g. `querystring/from`. */
  field?: string;
  code?: string;
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  not_found: 404,
  conflict: 409,
  locked: 409,
  unauthorised: 401,
  forbidden: 403,
  rate_limited: 429,
  internal: 500,
  migration_failed: 500,
};
const TITLE_OF: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Maps any error to a problem document; 5xx details stay in the log, not in the response. */
export function toProblem(err: unknown): Problem {
  if (err instanceof LeverageError) {
    const status = STATUS_OF[err.code] ?? 400;
    return {
      type: 'about:blank',
      title: TITLE_OF[status] ?? 'Bad Request',
      status,
      detail: err.describe(),
      code: err.code,
      ...(err.location?.column ? { field: String(err.location.column) } : {}),
    };
  }
  if (err instanceof InputError) return { type: 'about:blank', title: 'Bad Request', status: 400, detail: err.message, field: err.field, code: err.code };
  // Two writers creating the same row at once: the loser is told to retry, not that the server failed.
  if (isUniqueViolation(err))
    return {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'another write created the same record at the same moment; reload and try again',
      code: 'conflict',
    };
  const e = err as {
    statusCode?: number;
    validation?: { instancePath?: string; params?: Record<string, unknown>; message?: string }[];
    validationContext?: string;
    message?: string;
    code?: string;
  };
  if (e.validation?.length) {
    const v = e.validation[0]!;
    const name = v.instancePath?.replace(/^\//, '') || String(v.params?.missingProperty ?? v.params?.additionalProperty ?? '');
    const badDay = v.params?.format === EDTF_DAY_FORMAT ? `${e.validationContext ?? 'request'}/${name} must be ${DAY_EXPECTED}` : undefined;
    return {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: badDay ?? e.message ?? 'invalid request',
      field: `${e.validationContext ?? 'request'}${name ? '/' + name : ''}`,
      code: 'invalid_request',
    };
  }
  const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 600 ? e.statusCode : 500;
  // A 5xx the app raised on purpose (503: over budget or saturated) says why; any other 5xx stays in the log.
  const told = status < 500 || status === 503;
  const detail = told ? (e.message ?? STATUS_CODES[status] ?? 'bad request') : 'the server failed; see its log';
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request'),
    status,
    detail,
    // A driver's or the runtime's own code (SQLSTATE, ECONNRESET) says how the server failed: log only.
    ...(e.code && told ? { code: e.code } : {}),
  };
}
