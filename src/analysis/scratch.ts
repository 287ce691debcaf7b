/**
 * Scratch arrays for a query's own working (internal: never part of a result), kept per prepared
 * record set and reused by the next query over it. A typed array of 100,000s of entries is fresh
 * memory each time it is made, and touching fresh memory costs more (≈ 0.6 ms per megabyte, the
 * pages are mapped on first use) than the loops that fill it. Queries run one at a time on a
 * thread; each use has a name of its own, so two arrays in use together are never the same.
 */

type Typed = Int32Array | Uint32Array | Float64Array | Uint8Array;

const pools = new WeakMap<object, Map<string, Typed>>();

/**
 * A `make` array of length `n` for `owner` (a prepared record set) and `name`, filled with `fill`:
 * the one kept from an earlier query when it is long enough (a view of its first n entries),
 * else a new one, kept for the next query.
 */
export function scratch<T extends Typed>(owner: object, name: string, make: new (n: number) => T, n: number, fill: number): T {
  let pool = pools.get(owner);
  if (!pool) {
    pool = new Map();
    pools.set(owner, pool);
  }
  let kept = pool.get(name) as T | undefined;
  if (!kept || kept.length < n || !(kept instanceof make)) {
    kept = new make(n);
    pool.set(name, kept);
  }
  const view = (kept.length === n ? kept : kept.subarray(0, n)) as T;
  view.fill(fill);
  return view;
}
