/**
 * Row ids as integer codes (internal: not exported from `index.ts`).
 *
 * Every figure lists the row ids behind it, and at 100,000 releases those lists are long. The
 * analyses therefore carry ids as codes: each distinct id of the registry gets the rank of its
 * string in code-unit order (equal strings share a code), so de-duplicating is a stamp in a typed
 * array and sorting is a numeric sort. Codes become strings only on output, in exactly the order
 * `uniqueIds` gives: sorted when there are at most 10,000, else in the order of first use.
 */
import { sortIds } from './id-sort.ts';

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
  const { order, same } = sortIds(ids);
  const codes = new Int32Array(ids.length);
  const names: string[] = [];
  for (let i = 0; i < order.length; i++) {
    if (!same[i]) names.push(ids[order[i]]);
    codes[order[i]] = names.length - 1;
  }
  return { names, codes, mark: new Uint32Array(names.length), stamp: 0 };
}

/** Codes to ids. */
export function namesOf(ix: IdIndex, codes: ArrayLike<number>): string[] {
  const n = codes.length;
  const names = ix.names;
  const out = sizedLike<string>(names, n);
  for (let i = 0; i < n; i++) out[i] = names[codes[i]];
  return out;
}

/**
 * An array of length n to be overwritten entry by entry: a copy of `like`'s first n entries when
 * it has that many, else `new Array(n)`. Compiled code makes `new Array(n)` inline only up to
 * ≈ 16,000 entries and is thrown back to the interpreter by the first larger n (the first call on
 * a 100,000-release registry after calls on smaller ones); `slice` has no such limit.
 */
export function sizedLike<T>(like: readonly unknown[], n: number): T[] {
  return (n <= like.length ? like.slice(0, n) : new Array(n)) as T[];
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

  /**
   * `capacity`: the codes expected (at most the universe's size is allocated: no more distinct
   * codes exist). A list that will hold most of the universe is best given its size at once: each
   * doubling allocates fresh memory, which costs more than the copy (≈ 0.6 ms per megabyte).
   */
  constructor(ix: IdIndex, own?: Uint32Array, capacity = 64) {
    this.list = new Int32Array(Math.min(capacity, ix.names.length));
    if (own) {
      this.mark = own;
      this.stamp = 1;
      return;
    }
    if (ix.stamp >= 0xfffffffe) {
      ix.mark.fill(0);
      ix.stamp = 0;
    }
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
      if (mark[c] !== stamp) {
        mark[c] = stamp;
        list[n++] = c;
      }
    }
    this.n = n;
  }

  private grow(need: number): void {
    // Doubled, but never past the universe (nor below what is needed).
    const next = new Int32Array(Math.max(need, Math.min(this.list.length * 2, this.mark.length)));
    next.set(this.list.subarray(0, this.n));
    this.list = next;
  }

  /** The codes in `uniqueIds` order (a view: take it once, at the end). */
  ordered(): Int32Array {
    const out = this.list.subarray(0, this.n);
    return this.n > SORT_LIMIT ? out : out.sort();
  }
}
