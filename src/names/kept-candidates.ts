/**
 * The bounded, per-entry-capped list of the best candidates (internal to `top-candidates.ts`).
 */

/** Names of one entry kept at most among the candidates. */
export const PER_ENTRY = 2;

/**
 * The best `take` names seen, at most `PER_ENTRY` per entry: a bounded insertion sort (the
 * names offered can be thousands, the kept ones are few).
 */
export class Kept {
  private readonly top: Int32Array;
  private readonly topW: Float64Array;
  private readonly topK: Int32Array;
  private size = 0;

  constructor(
    private readonly take: number,
    private readonly nameEntry: Int32Array,
  ) {
    this.top = new Int32Array(take);
    this.topW = new Float64Array(take);
    this.topK = new Int32Array(take);
  }

  reset(): void {
    this.size = 0;
  }

  /** The weight a name must reach to be kept (−Infinity while fewer than `take` are kept). */
  floor(): number {
    return this.size === this.take ? this.topW[this.take - 1]! : -Infinity;
  }

  /**
   * A lower bound of the `take`-th weight over the whole index, from the walked weights (each
   * at most its name's final weight): the `take`-th of those, capped per entry, or `atLeast`
   * (a bound known already) if higher. Ties and key counts do not matter for a bound, so every
   * name counts as holding no key; names at or below `atLeast` cannot raise it and are skipped.
   */
  lowerBound(acc: Int32Array, names: Int32Array, count: number, atLeast = -Infinity): number {
    this.size = 0;
    for (let t = 0; t < count; t++) {
      const i = names[t]!;
      if (acc[i]! > atLeast) this.offer(i, acc[i]!, 0);
    }
    return Math.max(atLeast, this.floor());
  }

  offer(i: number, w: number, own: number): void {
    const { top, topW, topK, take } = this;
    let size = this.size;
    if (size === take && !before(w, own, i, topW[size - 1]!, topK[size - 1]!, top[size - 1]!)) return;
    // At most `PER_ENTRY` names of one entry (its aliases share keys and would crowd out
    // other entries): a third name replaces the entry's weaker kept one, or is dropped.
    const e = this.nameEntry[i]!;
    let same = 0;
    let weakest = -1;
    for (let t = 0; t < size; t++)
      if (this.nameEntry[top[t]!] === e) {
        same++;
        weakest = t;
      }
    if (same >= PER_ENTRY) {
      if (!before(w, own, i, topW[weakest]!, topK[weakest]!, top[weakest]!)) return;
      for (let t = weakest; t < size - 1; t++) {
        top[t] = top[t + 1]!;
        topW[t] = topW[t + 1]!;
        topK[t] = topK[t + 1]!;
      }
      size--;
    } else if (size === take) size--;
    let at = size;
    while (at > 0 && before(w, own, i, topW[at - 1]!, topK[at - 1]!, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      topW[at] = topW[at - 1]!;
      topK[at] = topK[at - 1]!;
      at--;
    }
    top[at] = i;
    topW[at] = w;
    topK[at] = own;
    this.size = size + 1;
  }

  names(): Int32Array {
    return this.top.slice(0, this.size);
  }
}

// Candidate order: more shared key weight, then fewer keys of its own, then lower index.
function before(w: number, own: number, i: number, w2: number, own2: number, i2: number): boolean {
  return w > w2 || (w === w2 && (own < own2 || (own === own2 && i < i2)));
}
