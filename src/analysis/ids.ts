/**
 * Row ids as integer codes (internal: not exported from `index.ts`).
 *
 * Every figure lists the row ids behind it, and at 100,000 releases those lists are long. The
 * analyses therefore carry ids as codes: each distinct id of the registry gets the rank of its
 * string in code-unit order (equal strings share a code), so de-duplicating is a stamp in a typed
 * array and sorting is a numeric sort. Codes become strings only on output, in exactly the order
 * `uniqueIds` gives: sorted when there are at most 10,000, else in the order of first use.
 */

/** The id universe of one registry. */
export interface IdIndex {
  /** code → id. Codes follow the code-unit order of the ids. */
  names: string[];
  /** Code of each id passed to `buildIdIndex`, in the order passed. */
  codes: Int32Array;
  /** Scratch for `Unique` (one pass at a time). */
  mark: Uint32Array;
  stamp: number;
}

/** Above this many ids a list keeps the order of first use (see `uniqueIds`). */
export const SORT_LIMIT = 10_000;

/** Builds the universe of `ids` (duplicates allowed). */
export function buildIdIndex(ids: string[]): IdIndex {
  const order = sortedOrder(ids);
  const codes = new Int32Array(ids.length);
  const names: string[] = [];
  let prev: string | undefined;
  for (let i = 0; i < order.length; i++) {
    const s = ids[order[i]];
    if (i === 0 || s !== prev) { names.push(s); prev = s; }
    codes[order[i]] = names.length - 1;
  }
  return { names, codes, mark: new Uint32Array(names.length), stamp: 0 };
}

/** Codes to ids. */
export function namesOf(ix: IdIndex, codes: ArrayLike<number>): string[] {
  const n = codes.length;
  const out: string[] = new Array(n);
  const names = ix.names;
  for (let i = 0; i < n; i++) out[i] = names[codes[i]];
  return out;
}

/**
 * Distinct codes in order of first use. One pass at a time per `mark` array (passes share the
 * index's scratch unless given their own); `ordered()` gives them as `uniqueIds` orders ids.
 */
export class Unique {
  private list: Int32Array;
  private n = 0;
  private readonly mark: Uint32Array;
  private readonly stamp: number;

  constructor(ix: IdIndex, own?: Uint32Array, capacity = 64) {
    this.list = new Int32Array(capacity);
    if (own) { this.mark = own; this.stamp = 1; return; }
    if (ix.stamp >= 0xfffffffe) { ix.mark.fill(0); ix.stamp = 0; }
    this.mark = ix.mark;
    this.stamp = ++ix.stamp;
  }

  add(code: number): void {
    if (this.mark[code] === this.stamp) return;
    this.mark[code] = this.stamp;
    if (this.n === this.list.length) this.grow(this.n + 1);
    this.list[this.n++] = code;
  }

  addAll(codes: ArrayLike<number>, lo = 0, hi = codes.length): void {
    if (this.n + hi - lo > this.list.length) this.grow(this.n + hi - lo);
    const { mark, stamp, list } = this;
    let n = this.n;
    for (let i = lo; i < hi; i++) {
      const c = codes[i];
      if (mark[c] !== stamp) { mark[c] = stamp; list[n++] = c; }
    }
    this.n = n;
  }

  private grow(need: number): void {
    const next = new Int32Array(Math.max(need, this.list.length * 2));
    next.set(this.list.subarray(0, this.n));
    this.list = next;
  }

  get size(): number {
    return this.n;
  }

  /** The codes in `uniqueIds` order (a view: take it once, at the end). */
  ordered(): Int32Array {
    const out = this.list.subarray(0, this.n);
    return this.n > SORT_LIMIT ? out : out.sort();
  }
}

/** `uniqueIds` of codes: distinct, sorted when at most 10,000, else in order of first use. */
export function uniqueCodes(ix: IdIndex, ...parts: Array<ArrayLike<number>>): Int32Array {
  const u = new Unique(ix);
  for (const p of parts) u.addAll(p);
  return u.ordered();
}

/** Positions of `ids` in code-unit order of the strings (MSD radix sort; insertion sort for small runs). */
function sortedOrder(ids: string[]): Int32Array {
  const n = ids.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const used = new Uint8Array(65536);
  for (let i = 0; i < n; i++) { const s = ids[i]; for (let j = 0; j < s.length; j++) used[s.charCodeAt(j)] = 1; }
  // Symbols 1 … A in code-unit order; 0 marks the end of a string (which sorts first).
  const sym = new Uint16Array(65536);
  let A = 0;
  for (let c = 0; c < 65536; c++) if (used[c]) sym[c] = ++A;
  const count = new Int32Array(A + 1);
  const keys = new Uint16Array(n);
  const tmp = new Int32Array(n);
  const stack: number[] = [0, n, 0];
  while (stack.length) {
    const depth = stack.pop()!;
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (hi - lo <= 16) { insertionSort(ids, order, lo, hi); continue; }
    count.fill(0);
    for (let i = lo; i < hi; i++) {
      const s = ids[order[i]];
      const k = depth < s.length ? sym[s.charCodeAt(depth)] : 0;
      keys[i] = k;
      count[k]++;
    }
    if (count[keys[lo]] === hi - lo) {
      // One symbol at this depth: go deeper, unless every string ended (they are all equal).
      if (keys[lo] !== 0) stack.push(lo, hi, depth + 1);
      continue;
    }
    let sum = lo;
    for (let k = 0; k <= A; k++) { const c = count[k]; count[k] = sum; sum += c; }
    for (let i = lo; i < hi; i++) tmp[count[keys[i]]++] = order[i];
    order.set(tmp.subarray(lo, hi), lo);
    // count[k] is now the end of bucket k; bucket 0 (ended strings) is already in order.
    let start = count[0];
    for (let k = 1; k <= A; k++) {
      const end = count[k];
      if (end - start > 1) stack.push(start, end, depth + 1);
      start = end;
    }
  }
  return order;
}

function insertionSort(ids: string[], order: Int32Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = order[i];
    const s = ids[x];
    let j = i - 1;
    while (j >= lo && ids[order[j]] > s) { order[j + 1] = order[j]; j--; }
    order[j + 1] = x;
  }
}
