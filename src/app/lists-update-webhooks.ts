/**
 * Signed webhooks for list changes. Each event is a JSON body POSTed to every configured URL with
 *
 *   X-Leverage-Timestamp: <unix seconds>
 *   X-Leverage-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" under the URL's secret>
 *   X-Leverage-Event: <event id>
 *
 * The timestamp is inside the signed text, so a receiver that refuses old timestamps (see
 * `verifyWebhookSignature`, five minutes by default) cannot be fed a replayed body. A delivery that
 * gets no 2xx is retried with doubling delays; its outcome is kept in `webhook_delivery`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { LeverageError } from '../domain/errors.ts';
import { listFetchRepository, type WebhookDeliveryRow } from '../store/list-fetch.ts';
import type { Store } from '../store/db.ts';
import type { Actor } from './actor.ts';
import { write } from './write.ts';

/** One receiver. */
export interface WebhookTarget {
  url: string;
  secret: string;
}

export interface DeliveryOptions {
  /** Attempts per URL (default 5). */
  attempts?: number;
  /** Delay before the first retry, in ms; doubled each time (default 1,000). */
  backoffMs?: number;
  /** Time budget of one attempt, in ms (default 10,000). */
  timeoutMs?: number;
  /** The clock (unix ms), for the timestamp. */
  now?: () => number;
}

/** `sha256=<hex>` for `body` sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * True when `signature` is `body`'s signature at `timestamp` under `secret` and the timestamp is
 * within `toleranceS` (default 300) of `nowS`. For receivers, and the tests.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: { signature?: string; timestamp?: string },
  body: string,
  options: { nowS: number; toleranceS?: number },
): boolean {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(ts)) return false;
  if (Math.abs(options.nowS - ts) > (options.toleranceS ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Receivers from the environment: `LEVERAGE_WEBHOOK_URL` and `LEVERAGE_WEBHOOK_SECRET` for one,
 * or `LEVERAGE_WEBHOOKS` as a JSON array of `{"url", "secret"}`. A URL without a secret is refused.
 */
export function webhooksFromEnv(env: Record<string, string | undefined>): WebhookTarget[] {
  const out: WebhookTarget[] = [];
  if (env.LEVERAGE_WEBHOOKS) {
    let list: unknown;
    try {
      list = JSON.parse(env.LEVERAGE_WEBHOOKS);
    } catch (cause) {
      throw new LeverageError('invalid_value', `LEVERAGE_WEBHOOKS is not JSON: ${(cause as Error).message}`, { cause });
    }
    if (!Array.isArray(list)) throw new LeverageError('invalid_value', 'LEVERAGE_WEBHOOKS must be a JSON array', { expected: '[{"url": …, "secret": …}]' });
    out.push(...(list as WebhookTarget[]));
  }
  if (env.LEVERAGE_WEBHOOK_URL) out.push({ url: env.LEVERAGE_WEBHOOK_URL, secret: env.LEVERAGE_WEBHOOK_SECRET ?? '' });
  for (const [i, t] of out.entries()) {
    if (typeof t.url !== 'string' || !/^https?:\/\//.test(t.url)) throw new LeverageError('invalid_value', `webhook ${i + 1}: not an http(s) URL`);
    if (typeof t.secret !== 'string' || t.secret.length < 16)
      throw new LeverageError('invalid_value', `webhook ${t.url}: a secret of at least 16 characters is needed to sign it`);
  }
  return out;
}

/** POSTs one event to one URL with retries; never throws, returns the outcome. */
export async function deliverWebhook(target: WebhookTarget, eventId: string, body: string, options: DeliveryOptions = {}): Promise<WebhookDeliveryRow> {
  const attempts = options.attempts ?? 5;
  const now = options.now ?? Date.now;
  let delay = options.backoffMs ?? 1000;
  let status: number | null = null;
  let error: string | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const timestamp = Math.floor(now() / 1000);
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'x-leverage-event': eventId,
          'x-leverage-timestamp': String(timestamp),
          'x-leverage-signature': signWebhook(target.secret, timestamp, body),
        },
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      status = res.status;
      error = res.ok ? null : `answered ${res.status}`;
      if (res.ok) return row('delivered', attempt);
    } catch (err) {
      status = null;
      error = (err as Error).message;
    }
    if (attempt < attempts) {
      await new Promise((r) => setTimeout(r, delay));
      delay *= 2;
    }
  }
  return row('failed', attempts);

  function row(outcome: WebhookDeliveryRow['outcome'], n: number): WebhookDeliveryRow {
    return { event_id: eventId, url: target.url, outcome, attempts: n, response_status: status, error, finished_at: new Date(now()).toISOString() };
  }
}

const RECORD_DELIVERIES = { permission: 'import', action: 'lists.webhooks', what: 'record webhook deliveries' } as const;

/** Sends `event` to every target (in parallel) and records the outcomes through `write`. */
export async function publishWebhookEvent(
  store: Store,
  actor: Actor,
  targets: WebhookTarget[],
  event: { id: string } & Record<string, unknown>,
  options: DeliveryOptions = {},
): Promise<WebhookDeliveryRow[]> {
  if (!targets.length) return [];
  const body = JSON.stringify(event);
  const rows = await Promise.all(targets.map((t) => deliverWebhook(t, event.id, body, options)));
  await write(store, actor, RECORD_DELIVERIES, async (tx) => {
    await listFetchRepository(tx).insertDeliveries(rows);
    return { result: undefined, audit: rows.map(({ event_id, url, outcome, attempts }) => ({ event_id, url, outcome, attempts })) };
  });
  return rows;
}
