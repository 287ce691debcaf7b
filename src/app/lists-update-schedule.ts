/**
 * The server's list-update schedule (opt-in: `leverage serve --update-lists-every 6h` or
 * `LEVERAGE_UPDATE_LISTS_EVERY=6h`; off by default, so tests never fetch unless they ask). The
 * first run starts once `after` settles (the shipped lists loaded), then one every interval,
 * never two at once: several servers on one PostgreSQL share the work through `runOnce`.
 */
import { LeverageError } from '../domain/errors.ts';
import type { Store } from '../store/db.ts';
import { LIST_UPDATER, updateLists, type SourceUpdate, type UpdateOptions } from './lists-update.ts';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `90s`, `30m`, `6h`, `1d` in ms; undefined for an empty value; `invalid_value` naming `where` otherwise. */
export function parseInterval(text: string | undefined, where: string): number | undefined {
  if (text === undefined || text.trim() === '' || text === 'off') return undefined;
  const m = /^(\d+)(s|m|h|d)$/.exec(text.trim());
  if (!m || Number(m[1]) <= 0) throw new LeverageError('invalid_value', `${where} ${text}`, { expected: 'a duration such as 30m, 6h or 1d (or off)' });
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

export interface ScheduleOptions extends Omit<UpdateOptions, 'names'> {
  everyMs: number;
  /** Runs start after this settles (default: at once). */
  after?: Promise<unknown>;
  /** Told of each source's outcome and of skipped runs. */
  log?: (message: string) => void;
  describe?: (u: SourceUpdate) => string[];
}

/** Starts the schedule; the returned function stops it and resolves when a run under way ends. */
export function scheduleListUpdates(store: Store, options: ScheduleOptions): () => Promise<void> {
  const log = options.log ?? (() => undefined);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = async () => {
    try {
      const outcome = await updateLists(store, LIST_UPDATER, options);
      if (!outcome.ran) log('lists update: another process is updating the lists; skipped');
      for (const u of outcome.sources)
        for (const line of options.describe?.(u) ?? [`${u.status} ${u.id}${u.detail ? `: ${u.detail}` : ''}`]) log(`lists update: ${line}`);
    } catch (err) {
      log(`lists update failed: ${err instanceof LeverageError ? err.describe() : (err as Error).message}`);
    }
  };
  const tick = () => {
    if (stopped) return;
    running = run().finally(() => {
      running = undefined;
      if (!stopped) timer = setTimeout(tick, options.everyMs);
    });
  };
  void (options.after ?? Promise.resolve()).catch(() => undefined).then(tick);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
