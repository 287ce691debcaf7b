/**
 * Planning an import: probe every file, detect its format (content only; `--format` overrides),
 * attach OFAC CSV side tables to their primary table, and compute each snapshot's content hash.
 * Side tables (add/alt/comments) attach to the nearest primary OFAC CSV before them on the
 * command line, or the first one after them when none precedes.
 */
import { createHash } from 'node:crypto';
import type { FieldGroup, ListFormat, ListSource } from '../../domain/designation.ts';
import { LeverageError, type Warning } from '../../domain/errors.ts';
import { detectFormat } from './detect.ts';
import { openInput } from './input.ts';
import { ofacCsvRole, type OfacCsvRole } from './ofac-csv.ts';
import { defaultSource, readList } from './read.ts';
import type { ListEvent, ListInput } from './types.ts';

/** One snapshot to import. */
export interface ImportJob {
  format: ListFormat;
  source: ListSource;
  primary: ListInput;
  sides: ListInput[];
  contentHash: string;
  missing: FieldGroup[];
  files: { file: string; hash: string; role?: OfacCsvRole }[];
  /** Total bytes to read (for progress bars). */
  bytes: number;
  warnings: Warning[];
  events(): AsyncGenerator<ListEvent>;
}

/** Options of `planImport`. */
export interface PlanOptions {
  format?: ListFormat;
  /** A list source instead of the default for the format (see `defaultSource`). */
  source?: ListSource;
  /** Called with bytes read, across all files. */
  onBytes?(bytes: number): void;
  /** In-memory contents by file name (tests, fuzzing). */
  contents?: Map<string, Buffer>;
}

/** Probes and groups files into import jobs, in command-line order. */
export async function planImport(files: string[], options: PlanOptions = {}): Promise<ImportJob[]> {
  const probed: { input: ListInput & { probe: { bytes: number; head: Buffer } }; format: ListFormat; role?: OfacCsvRole; warnings: Warning[] }[] = [];
  for (const file of files) {
    const warnings: Warning[] = [];
    const input = await openInput(file, { bytes: options.contents?.get(file), warnings, onBytes: options.onBytes });
    const format = options.format ?? detectFormat(input.probe.head, file);
    const role = format === 'ofac-csv' ? ofacCsvRole(input.probe.head) ?? 'prim' : undefined;
    probed.push({ input, format, role, warnings });
  }
  const jobs: ImportJob[] = [];
  const unattached: typeof probed = [];
  for (const p of probed) {
    if (p.format === 'ofac-csv' && p.role !== 'prim') {
      const owner = [...jobs].reverse().find((j) => j.format === 'ofac-csv');
      if (owner) attach(owner, p);
      else unattached.push(p);
      continue;
    }
    const job: ImportJob = {
      format: p.format,
      source: options.source ?? defaultSource(p.format, p.input.file),
      primary: p.input,
      sides: [],
      contentHash: p.input.hash,
      missing: [],
      files: [{ file: p.input.file, hash: p.input.hash, ...(p.role ? { role: p.role } : {}) }],
      bytes: p.input.probe.bytes,
      warnings: p.warnings,
      events: () => readList(job.primary, job.format, { source: job.source, sides: job.sides }),
    };
    p.input.warn = (w) => job.warnings.push(w);
    jobs.push(job);
    if (p.format === 'ofac-csv') while (unattached.length) attach(job, unattached.shift()!);
  }
  if (unattached.length) {
    throw new LeverageError('bad_input', 'OFAC add/alt/comments table without its primary sdn.csv / cons_prim.csv in the same command', { location: { file: unattached[0].input.file } });
  }
  for (const job of jobs) finishJob(job);
  return jobs;
}

function attach(job: ImportJob, p: { input: ListInput & { probe: { bytes: number } }; role?: OfacCsvRole }): void {
  if (job.files.some((f) => f.role === p.role)) {
    throw new LeverageError('bad_input', `two ${p.role} tables for ${job.primary.file}`, { location: { file: p.input.file } });
  }
  p.input.warn = (w) => job.warnings.push(w);
  job.sides.push(p.input);
  job.files.push({ file: p.input.file, hash: p.input.hash, role: p.role });
  job.bytes += p.input.probe.bytes;
}

/** A CSV set's hash covers every part in role order; a set without alt.csv lacks aliases, one without add.csv addresses. */
function finishJob(job: ImportJob): void {
  if (job.format !== 'ofac-csv') return;
  const order: OfacCsvRole[] = ['prim', 'add', 'alt', 'comments'];
  const parts = [...job.files].sort((a, b) => order.indexOf(a.role!) - order.indexOf(b.role!));
  job.contentHash = parts.length === 1 ? parts[0].hash : createHash('sha256').update(parts.map((f) => `${f.role}:${f.hash}`).join('\n')).digest('hex');
  const roles = new Set(parts.map((f) => f.role));
  if (!roles.has('alt')) job.missing.push('names');
  if (!roles.has('add')) job.missing.push('addresses');
}
