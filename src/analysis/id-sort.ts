/**
 * Sorting row ids in code-unit order (internal, for `ids.ts`). At 100,000s of ids a comparison
 * sort of strings is the slowest step of the analyses, so the ids' code units are copied once into
 * columns (one typed array per position) and sorted by a stable counting sort per position, from
 * the last to the first (LSD radix). Positions past `MAX_COLUMNS` are settled by comparing strings.
 */

const MAX_COLUMNS = 32;

/** Positions of `ids` in code-unit order (ties in input order), and whether each sorted id equals the one before it. */
export function sortIds(ids: string[]): { order: Int32Array; same: Uint8Array } {
  const n = ids.length;
  let maxLen = 0;
  for (let i = 0; i < n; i++) if (ids[i].length > maxLen) maxLen = ids[i].length;
  const L = Math.min(maxLen, MAX_COLUMNS);
  // cols[p·n + i] = code unit p of id i, plus 1 (0: the id has ended, which sorts first).
  const cols = new Uint16Array(L * n);
  const low = new Int32Array(L).fill(65536);
  const high = new Int32Array(L).fill(-1);
  const hash = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = ids[i];
    const len = s.length;
    let h = len;
    for (let p = 0; p < L; p++) {
      let v = 0;
      if (p < len) {
        const c = s.charCodeAt(p);
        if (c === 0xffff) return comparisonSort(ids);
        h = Math.imul(h ^ c, 16777619);
        v = c + 1;
      }
      cols[p * n + i] = v;
      if (v < low[p]) low[p] = v;
      if (v > high[p]) high[p] = v;
    }
    for (let p = L; p < len; p++) h = Math.imul(h ^ s.charCodeAt(p), 16777619);
    hash[i] = h;
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let tmp = new Int32Array(n);
  const keys = new Int32Array(n);
  // From the last position to the first; two positions at once when their symbols fit 2^16 keys.
  for (let p = L - 1; p >= 0; p--) {
    if (low[p] === high[p]) continue;
    const range = high[p] - low[p] + 1;
    let q = p - 1;
    while (q >= 0 && low[q] === high[q]) q--;
    const pair = q >= 0 && range * (high[q] - low[q] + 1) <= 65536;
    const count = new Int32Array((pair ? range * (high[q] - low[q] + 1) : range) + 1);
    const base = p * n;
    const lo = low[p];
    if (pair) {
      const baseQ = q * n;
      const loQ = low[q];
      for (let i = 0; i < n; i++) {
        const e = order[i];
        const k = (cols[baseQ + e] - loQ) * range + cols[base + e] - lo;
        keys[i] = k;
        count[k + 1]++;
      }
      p = q;
    } else {
      for (let i = 0; i < n; i++) {
        const k = cols[base + order[i]] - lo;
        keys[i] = k;
        count[k + 1]++;
      }
    }
    for (let k = 1; k < count.length; k++) count[k] += count[k - 1];
    for (let i = 0; i < n; i++) tmp[count[keys[i]]++] = order[i];
    const t = order;
    order = tmp;
    tmp = t;
  }
  if (maxLen > L) settleLong(ids, order, cols, n, L);
  const same = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const a = order[i - 1];
    const b = order[i];
    if (hash[a] === hash[b] && ids[a] === ids[b]) same[i] = 1;
  }
  return { order, same };
}

/** Runs of ids whose first L code units are equal and that are L or longer: sorted by the whole string. */
function settleLong(ids: string[], order: Int32Array, cols: Uint16Array, n: number, L: number): void {
  const samePrefix = (a: number, b: number) => {
    for (let p = 0; p < L; p++) if (cols[p * n + a] !== cols[p * n + b]) return false;
    return true;
  };
  for (let i = 0; i < n; ) {
    let j = i + 1;
    if (ids[order[i]].length >= L) while (j < n && ids[order[j]].length >= L && samePrefix(order[i], order[j])) j++;
    if (j - i > 1) {
      const run = Array.from(order.subarray(i, j)).sort((x, y) => (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : x - y));
      order.set(run, i);
    }
    i = j;
  }
}

function comparisonSort(ids: string[]): { order: Int32Array; same: Uint8Array } {
  const order = Int32Array.from(ids.map((_, i) => i).sort((x, y) => (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : x - y)));
  const same = new Uint8Array(ids.length);
  for (let i = 1; i < ids.length; i++) if (ids[order[i - 1]] === ids[order[i]]) same[i] = 1;
  return { order, same };
}
