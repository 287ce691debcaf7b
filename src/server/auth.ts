/**
 * Who is calling: turns each request into an `Actor` (`request.actor`) before any route runs.
 * - `Authorization: Bearer lvg_…` → the token's account at the token's scope; an unknown,
 *   expired or revoked `lvg_` token is refused with 401 (other bearer values, such as the admin
 *   channel's, are not ours and are left to their routes). Tokens are never read from a URL.
 * - the `leverage_session` cookie → the signed-in account; a dead session is cleared and the
 *   caller is anonymous.
 * - otherwise `ANONYMOUS`: a viewer of public data.
 * It also refuses cross-site state-changing requests (CSRF): a POST, PUT, PATCH or DELETE whose
 * `Sec-Fetch-Site` says cross-site or same-site, or whose `Origin` is not this server's, gets 403
 * before authentication. Browsers send one or both on every such request; scripts send neither
 * and carry no cookie for a forged request to ride on.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ANONYMOUS, can, DEFAULT_SESSION_POLICY, sessionActor, tokenActor, type Actor, type Permission, type SessionPolicy } from '../app/index.ts';
import { LeverageError } from '../domain/errors.ts';

export const SESSION_COOKIE = 'leverage_session';

export interface AuthOptions {
  session?: SessionPolicy;
  /** Sign-in attempts allowed per minute from one address, and for one account name. Defaults 20 and 5. */
  loginLimits?: { perAddress: number; perAccount: number };
}

/**
 * What a route needs, declared in its `config`: a permission, any account (`account`: a session
 * or a token), or a signed-in session (`session`: not a token). Checked before the body is validated.
 */
export type RouteRule = Permission | 'account' | 'session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (absent: anyone, as a viewer). The use case checks again. */
    needs?: RouteRule;
  }
  interface FastifyRequest {
    /** Who is calling (anonymous unless a session or token says otherwise). */
    actor: Actor;
    /** The raw session id from the cookie, when the session is live. */
    sessionId?: string;
  }
  interface FastifyInstance {
    authOptions: Required<AuthOptions>;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when a state-changing request comes from another site (see the file comment). */
export function crossSite(request: FastifyRequest): boolean {
  if (SAFE.has(request.method)) return false;
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return true; // "null" (sandboxed frames, some redirects) or garbage
  }
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure when the request came over TLS (directly or through a trusted proxy). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, sessionId: string, maxAgeMs: number): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', path: '/' });
}

async function auth(app: FastifyInstance, options: AuthOptions): Promise<void> {
  if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
  app.decorate('authOptions', { session: options.session ?? DEFAULT_SESSION_POLICY, loginLimits: options.loginLimits ?? { perAddress: 20, perAccount: 5 } });
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('sessionId', undefined);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    if (crossSite(request)) throw new LeverageError('forbidden', 'cross-site requests may not change anything here (Origin / Sec-Fetch-Site)');
    const bearer = /^Bearer\s+(lvg_\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) {
      const actor = await tokenActor(app.store, bearer);
      if (!actor) throw new LeverageError('unauthorised', 'the API token is unknown, expired or revoked');
      request.actor = actor;
      return;
    }
    const sessionId = request.cookies[SESSION_COOKIE];
    if (!sessionId) return;
    const actor = sessionId.length <= 128 ? await sessionActor(app.store, sessionId, { policy: app.authOptions.session }) : undefined;
    if (actor) {
      request.actor = actor;
      request.sessionId = sessionId;
    } else {
      clearSessionCookie(request, reply);
    }
  });
  app.addHook('preValidation', async (request) => {
    const needs = request.routeOptions.config?.needs;
    if (!needs) return;
    if (!request.actor.account) throw new LeverageError('unauthorised', 'sign in (or send an API token) first');
    if (needs === 'session' && request.actor.token) throw new LeverageError('forbidden', 'an API token may not do this: sign in');
    if (needs !== 'account' && needs !== 'session' && !can(request.actor, needs)) {
      throw new LeverageError('forbidden', `${request.actor.id} (${request.actor.role}${request.actor.token ? ', by token' : ''}) may not do this`);
    }
  });
}

// Not encapsulated: the hook and the decorations apply to every route of the app.
(auth as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
export default auth;
