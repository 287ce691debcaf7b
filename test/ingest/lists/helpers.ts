/** Shared test helpers: read a fixture through the real pipeline into a map of designations. */
import { fileURLToPath } from 'node:url';
import type { Designation, ListFormat } from '../../../src/domain/designation.ts';
import type { Warning } from '../../../src/domain/errors.ts';
import { collectDesignations, detectFormat, openInput, readList } from '../../../src/ingest/lists/index.ts';

/** Absolute path of a file in test/fixtures/lists/. */
export const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/lists/${name}`, import.meta.url));

/** Reads a fixture (and optional OFAC CSV side tables) into designations, publication date and warnings. */
export async function readFixture(
  name: string,
  sides: string[] = [],
  format?: ListFormat,
): Promise<{ designations: Map<string, Designation>; published?: string; warnings: Warning[]; format: ListFormat }> {
  const warnings: Warning[] = [];
  const input = await openInput(fixture(name), { warnings });
  const f = format ?? detectFormat(input.probe.head, name);
  const sideInputs = await Promise.all(sides.map((s) => openInput(fixture(s), { warnings })));
  const { designations, published } = await collectDesignations(readList(input, f, { sides: sideInputs }));
  return { designations, published, warnings, format: f };
}

/** Reads in-memory content as if it were a file. */
export async function readBytes(
  name: string,
  bytes: Buffer,
  format?: ListFormat,
): Promise<{ designations: Map<string, Designation>; published?: string; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const input = await openInput(name, { bytes, warnings });
  const { designations, published } = await collectDesignations(readList(input, format ?? detectFormat(input.probe.head, name)));
  return { designations, published, warnings };
}

/** Totals over designations. */
export function totals(ds: Iterable<Designation>) {
  const t = {
    entities: 0,
    names: 0,
    aliases: 0,
    weak: 0,
    former: 0,
    addresses: 0,
    identifiers: 0,
    programmes: new Set<string>(),
    kinds: {} as Record<string, number>,
  };
  for (const d of ds) {
    t.entities++;
    t.names += d.names.length;
    t.aliases += d.names.filter((n) => n.kind === 'alias').length;
    t.weak += d.names.filter((n) => n.kind === 'weak_alias').length;
    t.former += d.names.filter((n) => n.kind === 'former').length;
    t.addresses += d.addresses.length;
    t.identifiers += d.identifiers.length;
    d.programmes.forEach((p) => t.programmes.add(p));
    t.kinds[d.entityKind] = (t.kinds[d.entityKind] ?? 0) + 1;
  }
  return t;
}
