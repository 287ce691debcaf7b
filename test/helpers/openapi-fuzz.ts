/**
 * Requests generated from the app's own OpenAPI document: every route, every parameter, with
 * values of the declared type and edges (enum members, limits and one past them) mixed with
 * hostile ones (NUL, lone surrogates, huge and non-finite numbers, SQL and markup, very long
 * strings). Used by test/server/fuzz.test.ts (a bounded run) and bench/fuzz-api.ts (a large one).
 */
import fc from 'fast-check';

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Parameter {
  in: 'query' | 'path';
  name: string;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
}

export interface FuzzRequest {
  method: string;
  url: string;
  payload?: string;
  headers: Record<string, string>;
}

const HOSTILE = [
  '\u0000',
  'a\u0000b',
  '%00',
  '\ud800',
  'x\udc00y',
  '\ud83d',
  "' OR 1=1 --",
  "'; DROP TABLE release; --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../etc/passwd',
  'Infinity',
  '-Infinity',
  'NaN',
  '1e999',
  '-1e999',
  '-1',
  '0',
  '1.5',
  '0x10',
  '9'.repeat(400),
  '',
  ' ',
  '0000',
  '2025-02-30',
  '2025-13',
  '9999-12-31',
  '\u202e',
  'ＡＢＣ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '{"a":1}',
  '[]',
  'null',
];

/** A string that is hostile in some way. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
  fc.integer({ min: 1000, max: 20000 }).map((n) => 'x'.repeat(n)),
);

const hostileNumber = fc.constantFrom<unknown>(
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 53,
  -(2 ** 53),
  1.5,
  -1,
  0,
  1e308,
  'Infinity',
  null,
  true,
  [],
  {},
);

/** Values of a schema: its members and edges, or something hostile. Integers stay small where the route does work per unit. */
function valuesOf(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema) return hostileString;
  const types = [schema.type ?? 'string'].flat();
  const valid: fc.Arbitrary<unknown>[] = [];
  if (schema.enum) valid.push(fc.constantFrom(...schema.enum));
  for (const t of types) {
    if (t === 'integer' || t === 'number') {
      const min = schema.minimum ?? -1e6;
      const max = Math.min(schema.maximum ?? 1e6, min + 1000);
      valid.push(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.constantFrom(min - 1, (schema.maximum ?? 1e9) + 1, min));
    } else if (t === 'string' && !schema.enum) {
      valid.push(fc.string({ maxLength: 20 }), fc.constantFrom('2024-01-01', '2024-06', '2025', 'month', '30d', 'Person'));
    } else if (t === 'array' && depth < 2) {
      valid.push(fc.array(valuesOf(schema.items, depth + 1), { maxLength: Math.min(schema.maxItems ?? 5, 5) }));
    } else if (t === 'object' && depth < 2) {
      valid.push(objectOf(schema, depth + 1));
    } else if (t === 'boolean') {
      valid.push(fc.boolean());
    }
  }
  return fc.oneof(
    { arbitrary: fc.oneof(...(valid.length ? valid : [hostileString])), weight: 3 },
    { arbitrary: hostileString, weight: 2 },
    { arbitrary: hostileNumber, weight: 1 },
  );
}

function objectOf(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, valuesOf(s, depth)]));
  return fc.tuple(fc.record(props, { requiredKeys: [] }), fc.option(fc.tuple(hostileString, hostileString), { freq: 5 })).map(([o, extra]) => {
    const out: Record<string, unknown> = { ...o };
    if (extra) out[extra[0]] = extra[1];
    return out;
  });
}

/** Percent-encodes text as UTF-8, lone surrogates as their three-byte forms (what a hostile client can send). */
export function encodeLoose(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff)
      out += `%ED%${(0xa0 | ((c >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 | (c & 0x3f)).toString(16).toUpperCase()}`;
    else out += encodeURIComponent(ch);
  }
  return out;
}

/** A request to one operation of the document. */
function requestOf(path: string, method: string, op: Operation): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters ?? [];
  const query = params.filter((p) => p.in === 'query');
  const pathParams = params.filter((p) => p.in === 'path');
  const body = op.requestBody?.content['application/json']?.schema;
  return fc
    .record({
      query: fc.tuple(...query.map((p) => fc.option(valuesOf(p.schema), { freq: 2 }))),
      path: fc.tuple(...pathParams.map((p) => valuesOf(p.schema))),
      extra: fc.option(fc.tuple(hostileString, hostileString), { freq: 8 }),
      body: body
        ? fc.oneof(
            { arbitrary: objectOf(body, 0), weight: 8 },
            { arbitrary: fc.constantFrom<unknown>('{"name":', '[]', 'null', '{"names":[]}', '"x"', '{"runs":1e999}'), weight: 1 },
          )
        : fc.constant(undefined),
      accept: fc.constantFrom('application/json', 'text/csv', '*/*', 'text/html', 'application/xml;q=0.1, text/csv', ''),
    })
    .map(({ query: qv, path: pv, extra, body: b, accept }) => {
      let url = path;
      for (const [i, p] of pathParams.entries()) url = url.replace(`{${p.name}}`, encodeLoose(String(pv[i] ?? '')) || 'x');
      const pairs: string[] = [];
      query.forEach((p, i) => {
        const v = qv[i];
        if (v === null || v === undefined) return;
        for (const each of Array.isArray(v) ? v : [v])
          pairs.push(`${encodeLoose(p.name)}=${encodeLoose(typeof each === 'string' ? each : JSON.stringify(each))}`);
      });
      if (extra) pairs.push(`${encodeLoose(extra[0])}=${encodeLoose(extra[1])}`);
      if (pairs.length) url += `?${pairs.join('&')}`;
      const headers: Record<string, string> = accept ? { accept } : {};
      if (b === undefined) return { method: method.toUpperCase(), url, headers };
      headers['content-type'] = 'application/json';
      return { method: method.toUpperCase(), url, headers, payload: typeof b === 'string' && /^[[{"n]/.test(b) ? b : JSON.stringify(b) };
    });
}

/** Requests to every operation of `doc`, each operation equally likely. */
export function requestsOf(doc: OpenApiDoc): fc.Arbitrary<FuzzRequest> {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => requestOf(path, method, op)));
  return fc.oneof(...ops);
}

/** Why a response breaks the contract (a 5xx, or a 4xx that is not problem+json), or undefined. */
export function contractBreach(res: { statusCode: number; headers: Record<string, unknown>; body: string }): string | undefined {
  if (res.statusCode >= 500) return `${res.statusCode}: ${res.body.slice(0, 300)}`;
  if (res.statusCode >= 400) {
    if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) return `${res.statusCode} as ${String(res.headers['content-type'])}`;
    try {
      const p = JSON.parse(res.body) as { status?: number; title?: string };
      if (p.status !== res.statusCode || !p.title) return `${res.statusCode} problem without status/title: ${res.body.slice(0, 200)}`;
    } catch {
      return `${res.statusCode} problem that is not JSON`;
    }
  }
  return undefined;
}
