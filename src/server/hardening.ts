/**
 * What stands between a hostile client and the routes: input that no route should see (NUL bytes,
 * lone surrogates, numbers that are not finite, dates outside the EDTF grammar) is refused with a
 * 400 naming the parameter; a method the path does not take is a 405; a saturated process sheds
 * load with a 503 and `Retry-After`; every response carries the security headers. Every refusal
 * is application/problem+json, like every other error of the app.
 *
 *   await registerHardening(app, { pressure: { maxEventLoopDelay: 1000 } });
 *
 * Shedding is off unless thresholds are given: the server (`serve`) sets them from the environment
 * (see `pressureFromEnv`); tests and tools that build the app in-process do not.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import helmet from '@fastify/helmet';
import underPressure from '@fastify/under-pressure';
import { parseEdtf, describeEdtf } from '../domain/types/edtf-date.ts';

export interface PressureOptions {
  /** Event-loop delay (ms, mean over a sample) above which requests are shed; 0 or absent: never (`serve` sets 1000). */
  maxEventLoopDelay?: number;
  /** Resident set size (bytes) above which requests are shed. Default off. */
  maxRssBytes?: number;
  /** How often the process is sampled, ms. Default 1000. */
  sampleIntervalMs?: number;
  /** Seconds a shed client is told to wait. Default 10. */
  retryAfterS?: number;
}

export interface HardeningOptions {
  pressure?: PressureOptions;
}

/** The date format of `from`/`to` parameters: a day, month or year in the EDTF grammar, years 1000–9999. */
export const EDTF_DAY_FORMAT = 'edtf-day';

/** Ajv formats the app's validator knows (given to Fastify's `ajv.customOptions.formats`). */
export const AJV_FORMATS = { [EDTF_DAY_FORMAT]: (text: string) => edtfDay(text) !== undefined };

/** The EDTF date of a `from`/`to` parameter, or undefined when the text is not one the API takes. */
export function edtfDay(text: string): string | undefined {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return undefined;
  const date = parseEdtf(text);
  if (!date || date.start < '1000') return undefined;
  return date.start;
}

/** Words for a refused date. */
export const DAY_EXPECTED = `${describeEdtf.replace(/, 2025-33.*$/, '')} (a day, month or year from 1000 to 9999)`;

/** Installs the input guard, the 405 answer, load shedding and security headers. */
export async function registerHardening(app: FastifyInstance, options: HardeningOptions = {}): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // The timeline page and the Swagger UI carry style attributes; no script is inline.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // The dashboard and the API are same-origin; nothing else embeds them.
    crossOriginEmbedderPolicy: false,
  });
  const pressure = options.pressure ?? {};
  const retryAfter = pressure.retryAfterS ?? 10;
  await app.register(underPressure, {
    maxEventLoopDelay: pressure.maxEventLoopDelay ?? 0,
    ...(pressure.maxRssBytes ? { maxRssBytes: pressure.maxRssBytes } : {}),
    sampleInterval: pressure.sampleIntervalMs ?? 1000,
    retryAfter,
    // A handler's return value other than undefined is sent as the response (the plugin's types say void).
    pressureHandler: ((request: FastifyRequest, reply: FastifyReply, type: string, value: number | undefined) => {
      // Health answers even under pressure: it is how an operator sees the pressure.
      // The admin channel carries other leverage processes' imports: shedding it would fail them midway.
      if (request.url.startsWith('/api/health') || request.url.startsWith('/api/admin/')) return undefined;
      const what = type === 'eventLoopDelay' ? `the event loop is ${Math.round(value ?? 0)} ms behind` : `${type} is ${Math.round(value ?? 0)}`;
      reply.code(503).header('retry-after', String(retryAfter)).type('application/problem+json');
      return {
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: `the server is saturated (${what}); retry after ${retryAfter} s`,
        code: 'overloaded',
      };
    }) as unknown as (request: FastifyRequest, reply: FastifyReply, type: string, value: number | undefined) => void,
  });
  installInputGuard(app);
  installMethodNotAllowed(app);
}

/** The thresholds of a listening server: LEVERAGE_MAX_EVENT_LOOP_DELAY_MS (default 1000) and LEVERAGE_MAX_RSS_MB (default off). */
export function pressureFromEnv(env: Record<string, string | undefined>): PressureOptions {
  const delay = Number(env.LEVERAGE_MAX_EVENT_LOOP_DELAY_MS ?? 1000);
  const rss = Number(env.LEVERAGE_MAX_RSS_MB ?? 0);
  return { maxEventLoopDelay: Number.isFinite(delay) ? delay : 1000, ...(rss > 0 ? { maxRssBytes: rss * 1024 * 1024 } : {}) };
}

/** A refusal of one request field, as the app's error handler renders it. */
export class InputError extends Error {
  readonly statusCode = 400;
  readonly code = 'invalid_request';
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** Refuses hostile strings and non-finite numbers anywhere in the query, path parameters or body, before the schema is checked. */
function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    // The admin channel carries encoded SQL batches (up to 256 MiB) from local processes holding its token.
    if (request.url.startsWith('/api/admin/')) return;
    type Props = { properties?: Record<string, { type?: unknown; items?: { type?: unknown } }> };
    const schema = request.routeOptions.schema as { querystring?: Props; body?: Props } | undefined;
    inspect(request.query, 'querystring', numericText('querystring', schema?.querystring));
    inspect(request.params, 'params');
    inspect(request.body, 'body', numericText('body', schema?.body));
  });
}

/**
 * A check of the text given for a numeric field (the validator would coerce "Infinity" or "1e999"
 * to a number that is not finite): plain decimal notation only, and finite.
 */
function numericText(where: string, schema: { properties?: Record<string, { type?: unknown; items?: { type?: unknown } }> } | undefined) {
  const numeric = new Set(
    Object.entries(schema?.properties ?? {})
      .filter(([, p]) => isNumberType(p.type) || isNumberType(p.items?.type))
      .map(([k]) => k),
  );
  return (name: string, value: unknown) => {
    if (!numeric.has(name) || typeof value !== 'string') return;
    if (!/^[-+]?\d+(\.\d+)?([eE][-+]?\d{1,3})?$/.test(value.trim())) {
      throw new InputError(`${where}/${name}`, `${where}/${name} must be a finite number, not ${JSON.stringify(value.slice(0, 40))}`);
    }
    if (!Number.isFinite(Number(value))) throw new InputError(`${where}/${name}`, `${where}/${name} is out of range`);
  };
}

function isNumberType(t: unknown): boolean {
  return t === 'integer' || t === 'number' || (Array.isArray(t) && (t.includes('integer') || t.includes('number')));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Walks a parsed value; throws on the first NUL, lone surrogate or non-finite number, naming where it is. */
function inspect(value: unknown, path: string, visit?: (name: string, value: unknown) => void, depth = 0): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new InputError(path, `${path} contains a NUL character`);
    if (LONE_SURROGATE.test(value)) throw new InputError(path, `${path} contains a lone surrogate (not valid Unicode text)`);
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InputError(path, `${path} must be a finite number`);
    return;
  }
  if (typeof value !== 'object') return;
  // Fastify refuses JSON bodies over 1 MiB; this bound only stops pathological nesting.
  if (depth > 64) throw new InputError(path, `${path} is nested more than 64 levels deep`);
  for (const [key, v] of Object.entries(value)) {
    inspect(key, `${path} (a key)`);
    if (depth === 0 && visit) for (const each of Array.isArray(v) ? v : [v]) visit(key, each);
    inspect(v, `${path}/${key}`, undefined, depth + 1);
  }
}

/** A path that exists under other methods answers 405 with `Allow`, not 404. */
function installMethodNotAllowed(app: FastifyInstance): void {
  const routes: { pattern: RegExp; method: string }[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.url.startsWith('/api/admin')) return;
    const pattern = new RegExp(
      '^' +
        route.url
          .split('/')
          .map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : escapeRegExp(part)))
          .join('/') +
        '/?$',
    );
    for (const method of [route.method].flat()) routes.push({ pattern, method: String(method) });
  });
  app.decorate('allowedMethods', (url: string): string[] => {
    const path = url.split('?')[0] ?? url;
    return [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The methods a path answers to (empty when no route matches it). */
    allowedMethods(url: string): string[];
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
