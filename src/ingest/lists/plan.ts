/**
 * Planning an import: probe every file, detect its format (content only; `--format` overrides),
 * attach companion files (OFAC CSV side tables) to their primary file, and compute each snapshot's
 * content hash. For a format with companions (its descriptor's `companions`), a non-primary file
 * attaches to the nearest primary file of that format before it on the command line, or the first
 * one after it when none precedes.
 */
import { createHash } from 'node:crypto';
import type { FieldGroup, ListFormat, ListSource } from '../../domain/designation.ts';
import { LeverageError, type Warning } from '../../domain/errors.ts';
import { openInput } from './common/input.ts';
import { detectFormat, sourceFor } from './detect.ts';
import { readList } from './read.ts';
import type { ListEvent, ListInput } from './types.ts';

/** One snapshot to import. */
export interface ImportJob {
  format: ListFormat;
  source: ListSource;
  primary: ListInput;
  sides: ListInput[];
  contentHash: string;
  missing: FieldGroup[];
  files: { file: string; hash: string; role?: string }[];
  /** True when the file holds changes to the latest snapshot of its source, not a whole list (the descriptor's `delta`). */
  delta: boolean;
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
  const probed: { input: ListInput & { probe: { bytes: number; head: Buffer } }; format: ListFormat; role?: string; warnings: Warning[] }[] = [];
  for (const file of files) {
    const warnings: Warning[] = [];
    const input = await openInput(file, { bytes: options.contents?.get(file), warnings, onBytes: options.onBytes });
    const format = options.format ?? detectFormat(input.probe.head, file);
    const companions = sourceFor(format).companions;
    const role = companions ? (companions.role(input.probe.head) ?? companions.primary) : undefined;
    probed.push({ input, format, role, warnings });
  }
  const jobs: ImportJob[] = [];
  const unattached: typeof probed = [];
  for (const p of probed) {
    const list = sourceFor(p.format);
    if (list.companions && p.role !== list.companions.primary) {
      const owner = [...jobs].reverse().find((j) => j.format === p.format);
      if (owner) attach(owner, p);
      else unattached.push(p);
      continue;
    }
    const job: ImportJob = {
      format: p.format,
      source: options.source ?? list.defaultSource(p.input.file),
      primary: p.input,
      sides: [],
      contentHash: p.input.hash,
      missing: [],
      files: [{ file: p.input.file, hash: p.input.hash, ...(p.role ? { role: p.role } : {}) }],
      bytes: p.input.probe.bytes,
      delta: list.delta ?? false,
      warnings: p.warnings,
      events: () => readList(job.primary, job.format, { source: job.source, sides: job.sides }),
    };
    p.input.warn = (w) => job.warnings.push(w);
    jobs.push(job);
    while (list.companions && unattached.some((u) => u.format === p.format)) {
      const i = unattached.findIndex((u) => u.format === p.format);
      attach(job, unattached.splice(i, 1)[0]);
    }
  }
  if (unattached.length) {
    const { format, input } = unattached[0];
    throw new LeverageError('bad_input', sourceFor(format).companions!.orphan, { location: { file: input.file } });
  }
  for (const job of jobs) finishJob(job);
  return jobs;
}

function attach(job: ImportJob, p: { input: ListInput & { probe: { bytes: number } }; role?: string }): void {
  if (job.files.some((f) => f.role === p.role)) {
    throw new LeverageError('bad_input', `two ${p.role} tables for ${job.primary.file}`, { location: { file: p.input.file } });
  }
  p.input.warn = (w) => job.warnings.push(w);
  job.sides.push(p.input);
  job.files.push({ file: p.input.file, hash: p.input.hash, role: p.role });
  job.bytes += p.input.probe.bytes;
}

/** A set's hash covers every part in role order; the source says which field groups a set without some roles lacks. */
function finishJob(job: ImportJob): void {
  const companions = sourceFor(job.format).companions;
  if (!companions) return;
  const parts = [...job.files].sort((a, b) => companions.order.indexOf(a.role!) - companions.order.indexOf(b.role!));
  job.contentHash =
    parts.length === 1
      ? parts[0].hash
      : createHash('sha256')
          .update(parts.map((f) => `${f.role}:${f.hash}`).join('\n'))
          .digest('hex');
  job.missing.push(...companions.missing(new Set(parts.map((f) => f.role!))));
}
