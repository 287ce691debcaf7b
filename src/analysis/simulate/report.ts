/**
 * Markdown for the methodology and findings: the calibration table and the backtest table, built
 * from the results (never typed by hand), so `leverage simulate calibrate --markdown` and
 * `leverage simulate backtest --markdown` regenerate what docs/methodology.md (section Scenarios) shows.
 */
import type { CalibrationSummary, Estimate } from './calibrate.ts';
import type { BacktestResult } from './backtest.ts';
import { IDENTIFICATION_LABEL } from './identification.ts';

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

function row(name: string, unit: string, e: Estimate, d: number): string {
  return `| ${name} | ${unit} | ${f(e.estimate, d)} | ${f(e.interval50[0], d)} – ${f(e.interval50[1], d)} | ${f(e.interval90[0], d)} – ${f(e.interval90[1], d)} | ${IDENTIFICATION_LABEL[e.identification]} | ${e.uses} |`;
}

/** The calibration as Markdown: parameters with intervals, ρ's profile, channels, and yearly recognitions. */
export function calibrationMarkdown(c: CalibrationSummary): string {
  const lines = [
    `Counter: ${c.counter}; data to ${c.asOf}; window ${c.window.from} to ${c.window.to} (${c.window.months} months); start ${c.start.at_least ? 'at least ' : ''}${c.start.stock} (${c.start.id}, ${c.start.date}${c.start.at_least ? ': a lower bound, so runs from it are lower bounds at their start' : ''}); n = ${c.n} rows (${c.span?.from} to ${c.span?.to}).`,
    '',
    '| parameter | unit | median | 50% interval | 90% interval | identified | data |',
    '|---|---|---:|---:|---:|---|---|',
    row('λ', 'recognitions / month', c.lambda, 1),
    row('δ', 'completions / prisoner / month', c.delta, 4),
    row('ρ', 'arrival response to recent releases', c.rho, 2),
    `| μ | deaths / prisoner / month | ${c.deathRate.estimate.toExponential(2)} | | ${c.deathRate.interval90[0].toExponential(2)} – ${c.deathRate.interval90[1].toExponential(2)} | yes (${c.deathRate.deaths} deaths) | ${c.deathRate.uses} |`,
    `| cv² | arrival shock variance | ${f(c.dispersion.cv2, 3)} | | | point estimate | ${c.dispersion.uses} |`,
    '',
    `ρ: ${c.rho.note ?? ''}`,
    '',
    '| ρ | ' +
      c.rho.profile
        .filter((_, i) => i % 5 === 0)
        .map((p) => f(p.rho, 1))
        .join(' | ') +
      ' |',
    '|---|' +
      c.rho.profile
        .filter((_, i) => i % 5 === 0)
        .map(() => '---:')
        .join('|') +
      '|',
    '| log-likelihood below the best | ' +
      c.rho.profile
        .filter((_, i) => i % 5 === 0)
        .map((p) => f(p.drop, 2))
        .join(' | ') +
      ' |',
    '',
    '| channel | releases (people) | months with a release | monthly rate since first (90%) | last 12 months | sizes (median, max) |',
    '|---|---:|---:|---:|---:|---:|',
    ...c.channels.map(
      (ch) =>
        `| ${ch.name} | ${ch.releases} (${ch.people}) | ${ch.rate.hits} of ${ch.rate.months} | ${f(ch.rate.estimate, 2)} (${f(ch.rate.low, 2)} – ${f(ch.rate.high, 2)}) | ${f(ch.recentRate.estimate, 2)} | ${ch.size.median}, ${ch.size.max} |`,
    ),
    '',
    '| year | recognitions counted | months covered | per month |',
    '|---|---:|---:|---:|',
    ...c.history.map((h) => `| ${h.year} | ${f(h.recognitions, 0)} | ${f(h.months, 1)} | ${f(h.rate, 1)} |`),
  ];
  if (c.warnings.length) lines.push('', ...c.warnings.map((w) => `- warning: ${w}`));
  return lines.join('\n');
}

/** The backtest as Markdown: scores of each variant and the baseline, then the month-by-month table. */
export function backtestMarkdown(b: BacktestResult): string {
  const [quo, given] = b.variants;
  const lines = [
    `Calibrated on data to ${b.cut}, ${
      b.known_by === 'published'
        ? `only rows published by then (no look-ahead${b.published_after_cut_ids.length ? `; dated earlier but published later, so left out: ${b.published_after_cut_ids.join(', ')}` : ''})`
        : 'every row dated by then, whenever it was published'
    } (window ${b.calibration.window.from} to ${b.calibration.window.to}); start ${b.start.at_least ? 'at least ' : ''}${b.start.stock} (${b.start.id}); ${b.runs.toLocaleString('en')} runs, seed ${b.seed}. λ ${f(b.calibration.lambda[0])} (90%: ${f(b.calibration.lambda[1])} – ${f(b.calibration.lambda[2])}), δ ${f(b.calibration.delta[0], 4)} (${f(b.calibration.delta[1], 4)} – ${f(b.calibration.delta[2], 4)}).`,
    '',
    '| forecast | observed months | in 50% band | in 90% band | mean abs. error of the median |',
    '|---|---:|---:|---:|---:|',
    ...b.variants.map(
      (v) => `| model, ${v.name} (${v.description}) | ${v.observedMonths} | ${pct(v.coverage50)} | ${pct(v.coverage90)} | ${f(v.mae ?? NaN, 0)} |`,
    ),
    `| naive: last value (${b.naive.value}) carried forward, random-walk bands (sd ${f(b.naive.monthlySd)} per √month) | ${quo.observedMonths} | ${pct(b.naive.coverage50)} | ${pct(b.naive.coverage90)} | ${f(b.naive.mae ?? NaN, 0)} |`,
    '',
    '| month | observed | status quo: median (50%; 90%) | in 50/90 | given releases: median (50%; 90%) | in 50/90 | releases given | naive 90% | in 50/90 |',
    '|---|---:|---:|:---:|---:|:---:|---:|---:|:---:|',
  ];
  const mark = (a: boolean | null, c: boolean | null) => (a === null ? '' : `${a ? '✓' : '✗'}/${c ? '✓' : '✗'}`);
  quo.rows.forEach((r, i) => {
    const g = given.rows[i];
    const n = b.naive.rows[i];
    lines.push(
      `| ${r.month} | ${r.observed ?? ''} | ${f(r.p50, 0)} (${f(r.p25, 0)}–${f(r.p75, 0)}; ${f(r.p05, 0)}–${f(r.p95, 0)}) | ${mark(r.in50, r.in90)} | ${f(g.p50, 0)} (${f(g.p25, 0)}–${f(g.p75, 0)}; ${f(g.p05, 0)}–${f(g.p95, 0)}) | ${mark(g.in50, g.in90)} | ${f(g.releases, 0)} | ${f(n.low90, 0)}–${f(n.high90, 0)} | ${mark(n.in50, n.in90)} |`,
    );
  });
  return lines.join('\n');
}

/**
 * The scenarios section of docs/findings.md: calibrated parameters with intervals on all the data,
 * and the backtest (calibrated up to a cut, checked month by month after it) next to the naive
 * baseline; without a backtest (`null`), a line saying none was run. Seeded, so the document is reproducible.
 */
export function scenarioFindings(calibration: CalibrationSummary, test: BacktestResult | null): string {
  return [
    '## Scenarios: calibration and backtest',
    '',
    "The simulator's parameters, estimated on the shipped data (method: docs/methodology.md, section Scenarios). Generated with the findings.",
    '',
    calibrationMarkdown(calibration).trim(),
    '',
    '### Backtest',
    '',
    test ? backtestMarkdown(test).trim() : 'No backtest: neither the dataset profile nor the options name a cut and a last month.',
    '',
  ].join('\n');
}
