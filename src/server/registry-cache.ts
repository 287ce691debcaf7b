/**
 * The registry and its prepared flow contexts, kept for one data version. Every analysis and
 * scenario request used to load the whole registry from the store and prepare it again; at
 * 100,000 releases that is seconds of loading and 30–100 ms of preparation before an analysis
 * of tens of milliseconds. Now a data version is loaded once, and each counter's context is
 * prepared once, on first use. Any import moves the data version: the next request reloads.
 * Concurrent requests share one load and one preparation.
 *
 *   const cache = registryCache(() => loadRegistry(store), app.dataVersion);
 *   const { registry, ctx } = await cache.prepared(counter);
 */
import { prepareFlows, type FlowContext } from '../analysis/index.ts';
import type { Registry } from '../domain/records.ts';

export interface RegistryCache {
  /** The registry of the current data version. */
  registry(): Promise<Registry>;
  /** The registry with the flow context of `counter` (default: the counter `prepareFlows` picks). */
  prepared(counter?: string): Promise<{ registry: Registry; ctx: FlowContext }>;
  /** Loads and preparations done so far (for tests and logs). */
  stats(): { loads: number; preparations: number };
}

/** Contexts kept per data version (one per counter asked for); the oldest is dropped first. */
const MAX_CONTEXTS = 8;

interface Slot {
  version: string;
  registry: Promise<Registry>;
  contexts: Map<string, FlowContext>;
}

export function registryCache(load: () => Promise<Registry>, version: () => Promise<string>): RegistryCache {
  let slot: Slot | undefined;
  let loads = 0;
  let preparations = 0;

  const current = async (): Promise<Slot> => {
    const v = await version();
    if (slot?.version !== v) {
      loads++;
      const registry = load();
      const fresh: Slot = { version: v, registry, contexts: new Map() };
      slot = fresh;
      // A failed load is not kept: the next request tries again.
      registry.catch(() => {
        if (slot === fresh) slot = undefined;
      });
    }
    return slot;
  };

  return {
    async registry() {
      return (await current()).registry;
    },
    async prepared(counter) {
      const s = await current();
      const registry = await s.registry;
      const key = counter ?? '';
      let ctx = s.contexts.get(key);
      if (!ctx) {
        preparations++;
        ctx = prepareFlows(registry, counter);
        if (s.contexts.size >= MAX_CONTEXTS) s.contexts.delete(s.contexts.keys().next().value!);
        s.contexts.set(key, ctx);
      }
      return { registry, ctx };
    },
    stats: () => ({ loads, preparations }),
  };
}
