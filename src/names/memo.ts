/**
 * Bounded memo tables for pure functions of strings (romanisations, skeletons, parsed
 * parts). A hit returns exactly what the function would compute, so caching never changes a
 * score; the bound keeps memory flat in long-running processes (the table is cleared when
 * full, which is cheaper and simpler than an LRU and fine for the skewed key distributions
 * of names).
 */
export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  get size(): number {
    return this.map.size;
  }
}
