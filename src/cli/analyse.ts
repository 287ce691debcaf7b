/**
 * `leverage analyse flows|refill|ledger|event-study|report`: reads the registry from the store,
 * runs the pure analyses (src/analysis) and prints a summary, JSON (`--json`) or CSV (`--csv`).
 * JSON shapes are documented in docs/cli.md; the API returns the same objects.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { findingsDocument, runAnalysis, type AnalysisName, type AnalysisParams } from '../analysis/index.ts';
import { LeverageError } from '../domain/errors.ts';
import { reportError, withRegistry } from './run.ts';

interface AnalyseOptions extends AnalysisParams {
  json?: boolean;
  csv?: boolean;
  out?: string;
}

const r2 = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(Math.round(x * 100) / 100));

/** Flat rows for `--csv`, one per window / entry / event. */
function csvRows(name: AnalysisName, result: ReturnType<typeof runAnalysis>): Array<Record<string, unknown>> {
  const res = result as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- shapes differ per analysis; each branch reads its own
  switch (name) {
    case 'flows':
      return res.windows.map((w: any) => ({
        from: w.from,
        to: w.to,
        stock_start: r2(w.stock_start.value),
        stock_start_kind: w.stock_start.kind,
        stock_end: r2(w.stock_end.value),
        stock_end_kind: w.stock_end.kind,
        inflow: r2(w.inflow.value),
        inflow_estimated: r2(w.inflow.estimated),
        inflow_missing_days: w.inflow.missing_days,
        outflow: w.outflow.total,
        ...Object.fromEntries(Object.entries(w.outflow.by_mode).map(([k, v]) => [`outflow_${k}`, v])),
        residual: r2(w.identity.residual),
        source_ids: w.source_ids.join(';'),
      }));
    case 'refill':
      return [
        {
          from: res.from,
          to: res.to,
          inflow: r2(res.inflow),
          inflow_basis: res.inflow_basis,
          outflow: res.outflow,
          refill_ratio: r2(res.refill_ratio),
          interval_low: r2(res.interval.low),
          interval_high: r2(res.interval.high),
          interval_method: res.interval.method,
          source_ids: res.source_ids.join(';'),
        },
      ];
    case 'ledger':
      return res.entries.map((e: any) => ({
        id: e.id,
        side: e.side,
        counterpart: e.counterpart,
        from: e.from,
        to: e.to,
        relief: e.relief,
        kinds: e.kinds.join(';'),
        people_strong: e.people_strong,
        people_by_window: e.people_by_window,
        inflow_window: e.inflow_window.value,
        releases: e.releases.map((r: any) => `${r.id}:${r.link}`).join(';'),
        source_ids: e.source_ids.join(';'),
      }));
    case 'event-study':
      return (['engagement', 'pressure'] as const).flatMap((side) =>
        res[side].events.map((e: any) => ({ side, id: e.id, date: e.date, people: e.people, release_ids: e.release_ids.join(';') })),
      );
  }
}

function summary(name: AnalysisName, result: ReturnType<typeof runAnalysis>): string {
  const res = result as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  switch (name) {
    case 'flows':
      return [
        `counter ${res.counter}; ${res.windows.length} windows (${res.window}) ${res.from} … ${res.to}; identity checked in ${res.checked_windows}`,
        ...res.windows.map(
          (w: any) =>
            `${w.from} … ${w.to}  S ${r2(w.stock_start.value) || '?'} → ${r2(w.stock_end.value) || '?'}${w.identity.stock_basis === 'interpolated' ? ' (interp.)' : ''}  I ${r2(w.inflow.value)}${w.inflow.estimated ? ` (est. ${r2(w.inflow.estimated)})` : ''}${w.inflow.missing_days ? ` (${w.inflow.missing_days} days missing)` : ''}  O ${w.outflow.total}  residual ${r2(w.identity.residual) || 'n/a'}`,
        ),
      ].join('\n');
    case 'refill':
      return [
        `${res.from} … ${res.to} (counter ${res.counter}): I ${r2(res.inflow)} (${res.inflow_basis}), O ${res.outflow}, refill ratio ${r2(res.refill_ratio)} [${r2(res.interval.low)} – ${r2(res.interval.high)}]`,
        `interval: ${res.interval.method}`,
        ...res.replacement.map(
          (x: any) =>
            `${x.release_id} (${x.count}, ${x.count_basis}): ${x.status === 'reached' ? `replaced in ${x.days} days (${x.reached_on})` : `not yet: ${x.inflow_so_far} recognised by ${x.as_of}`}`,
        ),
      ].join('\n');
    case 'ledger':
      return [
        `${res.n} episodes ${res.from} … ${res.to}; window ${res.window_days} days`,
        ...res.by_counterpart.map(
          (t: any) =>
            `${t.key}: ${t.episodes} episodes (${t.relief_episodes} with relief), ${t.people_strong} released (strong), ${t.people_by_window} by window, ${t.people_per_episode} per episode`,
        ),
      ].join('\n');
    case 'event-study':
      return [
        `k = ${res.k} days, seed ${res.seed}, ${res.from} … ${res.to}`,
        `engagement: ${res.engagement.verdict}`,
        `pressure: ${res.pressure.verdict}`,
        `engagement vs pressure: ${res.engagement_vs_pressure.verdict} (p = ${res.engagement_vs_pressure.p_value})`,
      ].join('\n');
  }
}

/** Registers `analyse` and its subcommands on `program`. */
export function registerAnalyseCommands(program: Command): void {
  const analyse = program
    .command('analyse')
    .alias('analyze')
    .description('stock and flows, refill ratio, exchange ledger, event study, findings (see docs/methodology.md)');
  const common = (cmd: Command) =>
    cmd
      .option('--from <date>', 'first day (YYYY-MM-DD, YYYY-MM or YYYY)')
      .option('--to <date>', 'last day (YYYY-MM-DD, YYYY-MM or YYYY)')
      .option('--counter <name>', 'counter (source_org) for stock and inflow; default: the one with most stock counts')
      .option('--json', 'print the full result as JSON')
      .option('--csv', 'print one CSV row per window / entry / event');
  const run = (name: AnalysisName) => (opts: AnalyseOptions) =>
    withRegistry((registry) => {
      const result = runAnalysis(name, registry, opts);
      if (opts.json) console.log(JSON.stringify(result, null, 2));
      else if (opts.csv) process.stdout.write(stringify(csvRows(name, result), { header: true }));
      else console.log(summary(name, result));
    }).catch(reportError);

  common(analyse.command('flows').description('monthly (or --window) inflow, outflow by mode and the stock-flow identity'))
    .option('--window <window>', 'month, quarter, year or Nd (days)', 'month')
    .action(run('flows'));
  common(analyse.command('refill').description('refill ratio I/O with its interval, and replacement time of each release')).action(run('refill'));
  common(analyse.command('ledger').description('exchange ledger: engagement and pressure episodes with the releases tied to them'))
    .option('--window <days>', 'days after an engagement in which a release counts "by window"', '30')
    .action(run('ledger'));
  common(analyse.command('event-study').description('releases after engagement vs pressure vs placebo dates (permutation test)'))
    .option('--k <days>', 'days after the event', '30')
    .option('--seed <n>', 'PRNG seed', '1')
    .action(run('event-study'));
  analyse
    .command('report')
    .description('write the findings document (docs/findings.md) from the analyses')
    .option('--out <file>', 'where to write', 'docs/findings.md')
    .option('--k <days>', 'event-study window', '30')
    .option('--seed <n>', 'event-study seed', '1')
    .option('--from <date>', "ledger period start (default: the dataset profile's report.ledger)")
    .option('--to <date>', "ledger period end (default: the dataset profile's report.ledger)")
    .option('--counter <name>', 'counter for stock and inflow')
    .option('--json', 'print the figures as JSON instead of writing the file')
    .action((opts: AnalyseOptions) =>
      withRegistry((registry) => {
        const k = Number(opts.k);
        const seed = Number(opts.seed);
        if (!Number.isInteger(k) || k < 0) throw new LeverageError('bad_input', `--k: expected a whole number of days, not ${JSON.stringify(opts.k)}`);
        if (!Number.isInteger(seed) || seed < 0) throw new LeverageError('bad_input', `--seed: expected a whole number, not ${JSON.stringify(opts.seed)}`);
        const { markdown, figures } = findingsDocument(registry, { k, seed, ledgerFrom: opts.from, ledgerTo: opts.to, counter: opts.counter });
        if (opts.json) return console.log(JSON.stringify(figures, null, 2));
        const out = opts.out ?? 'docs/findings.md';
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, markdown);
        console.log(`wrote ${out} (${figures.length} figures)`);
      }).catch(reportError),
    );
}
