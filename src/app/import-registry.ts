/**
 * Use case: import registry files (CSV or JSON) in ONE transaction: every file lands or none
 * does. The ingest parsers read and validate; the store writes batches (and the per-record
 * before/after audit rows); `write` checks the actor and appends the import's audit row.
 * CSV is streamed in batches, so a million-row file never sits in memory whole.
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { LeverageError } from '../domain/errors.ts';
import type { RecordKind } from '../domain/schema/index.ts';
import type { ParsedRecord } from '../domain/records.ts';
import { readRegistryCsv } from '../ingest/registry/read-csv.ts';
import { readRegistryJson } from '../ingest/registry/read-json.ts';
import type { Queryable, Store } from '../store/db.ts';
import { BATCH_ROWS, writeBatch, type WriteCounts } from '../store/registry-writer.ts';
import type { Actor } from './actor.ts';
import { write } from './write.ts';
import { findDatasetProfile, isDatasetProfileFile, readDatasetProfile } from '../ingest/registry/read-profile.ts';
import { saveDatasetProfile } from '../store/dataset-profile.ts';

export interface FileResult extends WriteCounts {
  file: string;
  kind: string;
  records: number;
}

export interface ImportOptions {
  /** Called after each batch with the records read so far in the current file. */
  onProgress?: (file: string, records: number) => void;
}

const IMPORT = { permission: 'import', action: 'import', what: 'import registry files' } as const;

/** Imports `files` for `actor` in one transaction and returns what happened to each. */
export async function importRegistryFiles(store: Store, actor: Actor, files: string[], options: ImportOptions = {}): Promise<FileResult[]> {
  return write(store, actor, IMPORT, async (tx) => {
    const results: FileResult[] = [];
    for (const file of files) if (!isDatasetProfileFile(file)) results.push(await importOne(tx, file, actor.id, options.onProgress));
    // The dataset profile named among the files or lying beside them.
    const profileFile = findDatasetProfile(files);
    if (profileFile)
      results.push({ file: profileFile, kind: 'dataset profile', records: 1, ...(await saveDatasetProfile(tx, await readDatasetProfile(profileFile))) });
    const audit = results.map(({ file, kind, records, inserted, updated, unchanged }) => ({ file, kind, records, inserted, updated, unchanged }));
    return { result: results, audit };
  });
}

async function importOne(tx: Queryable, file: string, actor: string, onProgress?: ImportOptions['onProgress']): Promise<FileResult> {
  const ext = extname(file).toLowerCase();
  if (!existsSync(file)) throw new LeverageError('not_found', 'no such file', { location: { file } });
  const totals: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  let records = 0;
  let kindName = '';
  const flush = async (kind: RecordKind, batch: ParsedRecord[]) => {
    const c = await writeBatch(tx, kind, batch, actor);
    totals.inserted += c.inserted;
    totals.updated += c.updated;
    totals.unchanged += c.unchanged;
    records += batch.length;
    onProgress?.(file, records);
  };
  if (ext === '.json') {
    const parsed = await readRegistryJson(file);
    const byKind = new Map<RecordKind, ParsedRecord[]>();
    for (const p of parsed) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
    kindName = [...byKind.keys()].map((k) => k.plural).join('+');
    for (const [kind, list] of byKind) for (let i = 0; i < list.length; i += BATCH_ROWS) await flush(kind, list.slice(i, i + BATCH_ROWS));
  } else if (ext === '.csv') {
    const { kind: kindPromise, records: stream } = readRegistryCsv(file);
    let batch: ParsedRecord[] = [];
    let kind: RecordKind | undefined;
    for await (const rec of stream) {
      kind ??= rec.kind;
      batch.push(rec);
      if (batch.length >= BATCH_ROWS) {
        await flush(kind, batch);
        batch = [];
      }
    }
    kind ??= await kindPromise;
    await flush(kind, batch);
    kindName = kind.plural;
  } else {
    throw new LeverageError('bad_format', `cannot import a "${ext || 'extensionless'}" file`, {
      location: { file },
      expected: 'a .csv or .json registry file (see docs/import-formats.md)',
    });
  }
  return { file, kind: kindName, records, ...totals };
}
