/**
 * How SQL parameters and rows travel over the admin channel: JSON, with the values JSON lacks
 * (dates, bigints, bytes) tagged so they come back as the same types the engine returned.
 */
type Tagged = { $date: string } | { $bigint: string } | { $bytes: string };

/** Makes a value JSON-safe, tagging dates, bigints and bytes. */
export function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encodeValue(v);
    return out;
  }
  return value;
}

/** Undoes `encodeValue`. */
export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const t = value as Partial<Record<'$date' | '$bigint' | '$bytes', string>>;
      if (typeof t.$date === 'string') return new Date(t.$date);
      if (typeof t.$bigint === 'string') return BigInt(t.$bigint);
      if (typeof t.$bytes === 'string') return Buffer.from(t.$bytes, 'base64');
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decodeValue(v);
    return out;
  }
  return value;
}

export type { Tagged };
