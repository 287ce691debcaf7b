/**
 * Pressure and engagement: what each counterpart conceded and who was released in return (a source
 * names the tie) or merely after; what followed the sanctions packages (a list, never a total); the
 * refill over the same period with its estimated share; and how the event study's contrast moves
 * with its window. One screen for the question "what did pressure buy, what did engagement buy?".
 */
import * as Plot from '@observablehq/plot';
import { pageWidth } from '../lib/chart.ts';
import { h, fmt } from '../lib/dom.ts';
import { panel } from '../lib/panel.ts';
import { FOLLOWED_COLUMNS, followedRows, followedSources } from '../lib/pressure-followed.ts';
import { analysis } from '../lib/data.ts';
import { readView } from '../lib/state.ts';

const pct = (x: number) => `${Math.round(x * 100)} %`;

export async function pressurePage(page: HTMLElement): Promise<void> {
  const v = readView();
  const ledger = await analysis('ledger', { from: v.from, to: v.to });
  const from = ledger.from ?? undefined;
  const to = ledger.to ?? undefined;
  const [refill, study] = await Promise.all([
    from && to ? analysis('refill', { from, to }) : Promise.resolve(undefined),
    analysis('event-study', { from, to }),
  ]);
  page.append(
    h('h1', {}, 'Pressure and engagement'),
    h(
      'p',
      { class: 'lede' },
      `What each counterpart conceded, who was released in return, what followed the sanctions packages, and how fast the list refilled, ${from ?? '?'} to ${to ?? '?'}.`,
    ),
  );

  const concessions = ledger.entries
    .filter((e) => e.side === 'engagement' && (e.conceded.length > 0 || e.releases.length > 0))
    .map((e) => ({
      from: e.from,
      counterpart: e.counterpart,
      conceded: e.conceded.map((c) => c.what).join('; ') || '—',
      tied:
        e.releases
          .filter((r) => r.link === 'strong')
          .map((r) => `${r.id} (${r.count})`)
          .join('; ') || '—',
      people_tied: e.people_strong,
      after:
        e.releases
          .filter((r) => r.link === 'by_window')
          .map((r) => `${r.id} (${r.count})`)
          .join('; ') || '—',
      people_after: e.people_by_window,
      rows: e.row_ids.join('; '),
      source_ids: e.source_ids,
    }));
  page.append(
    panel({
      id: 'pe-concessions',
      title: 'Per concession: what was conceded, who was released',
      caption: `"Released in return" = a source names the tie. "Released after" = within ${ledger.window_days} days, no tie claimed: it only came after. A release appears under one concession at most.`,
      rows: concessions,
      columns: [
        { key: 'from', label: 'Date' },
        { key: 'counterpart', label: 'Counterpart' },
        { key: 'conceded', label: 'What was conceded' },
        { key: 'tied', label: 'Released in return (source-tied)' },
        { key: 'people_tied', label: 'People (source-tied)' },
        { key: 'after', label: 'Released after (not a link)' },
        { key: 'people_after', label: 'People (after)' },
        { key: 'rows', label: 'Rows' },
      ],
      sources: concessions.flatMap((c) => c.source_ids.map((id) => ({ id }))),
      caveats: [
        "Counts are as recorded, often the authorities' announced numbers; some released people were not on the counter's list.",
        'A thank-you call is not counted as engagement; statements are words, not engagement.',
      ],
    }),
  );

  const followed = followedRows(ledger.pressure_followed);
  page.append(
    panel({
      id: 'pe-pressure',
      title: 'What followed the sanctions packages',
      caption: `Releases within ${ledger.window_days} days after any package of an issuer, each once per issuer. A list, never a total: the same release follows several issuers' packages, so the people column must not be summed.`,
      rows: followed,
      columns: FOLLOWED_COLUMNS,
      sources: followedSources(followed),
      caveats: ['Nothing here is a link: a release that came after a package is not shown to be caused by it.'],
    }),
  );

  if (refill) {
    const row = {
      from: refill.from,
      to: refill.to,
      inflow: refill.inflow,
      inflow_low: refill.inflow_range.low,
      estimated_share: pct(refill.estimated_share),
      outflow: refill.outflow,
      outflow_on_list: refill.political_outflow.total,
      refill_ratio: refill.refill_ratio,
      interval: refill.interval.low == null || refill.interval.high == null ? '—' : `${fmt(refill.interval.low, 2)}–${fmt(refill.interval.high, 2)}`,
      interval_kind: refill.interval.kind,
    };
    page.append(
      panel({
        id: 'pe-refill',
        title: 'Refill over the same period',
        caption: h(
          'span',
          {},
          `New recognitions per person released. ${refill.interval.method}.`,
          ...refill.warnings.map((w) => h('strong', { class: 'warning', role: 'alert' }, ` Warning: ${w}.`)),
        ),
        rows: [row],
        columns: [
          { key: 'from', label: 'From' },
          { key: 'to', label: 'To' },
          { key: 'inflow', label: 'Newly recognised (upper)' },
          { key: 'inflow_low', label: 'Newly recognised (low)' },
          { key: 'estimated_share', label: 'Estimated share' },
          { key: 'outflow', label: 'Released (recorded)' },
          { key: 'outflow_on_list', label: "Left the counter's list" },
          { key: 'refill_ratio', label: 'Refill ratio' },
          { key: 'interval', label: 'Interval' },
          { key: 'interval_kind', label: 'Interval kind' },
        ],
        sources: refill.source_ids.map((id) => ({ id })),
        caveats: ["Differences of cumulative counts are upper bounds: the low column takes them at the counter's own published rate."],
      }),
    );
  }

  const sens = study.sensitivity;
  const curve = sens.points.map((p) => ({
    k: p.k,
    side: p.side,
    n: p.n,
    mean_people: p.mean_people,
    shift_mean_people: p.shift_mean_people,
    effect: p.mean_people === null ? null : Math.round((p.mean_people - p.shift_mean_people) * 100) / 100,
    mean_release_events: p.mean_release_events,
    same_day_people: p.same_day.people,
    p_value: p.p_value,
    verdict: p.verdict,
  }));
  page.append(
    panel({
      id: 'pe-sensitivity',
      title: 'Event study: how the answer moves with the window',
      caption: `People released on days 1 … k after an event, minus the same at every circular shift of the event dates, for pre-specified k. ${sens.method}. A result that appears at one k and vanishes at the next is not a finding.`,
      rows: curve,
      columns: [
        { key: 'k', label: 'k (days)' },
        { key: 'side', label: 'Side' },
        { key: 'n', label: 'Events (collapsed)' },
        { key: 'mean_people', label: 'People per event (days 1–k)' },
        { key: 'shift_mean_people', label: 'At shifted dates' },
        { key: 'effect', label: 'Difference (people)', format: (r) => fmt(r.effect, 1) },
        { key: 'mean_release_events', label: 'Release events per event' },
        { key: 'same_day_people', label: 'Released on day 0 (not counted)' },
        { key: 'p_value', label: 'p (circular shift)' },
        { key: 'verdict', label: 'Reading' },
      ],
      chart: () =>
        Plot.plot({
          width: pageWidth(900),
          x: { label: 'k (days after the event)' },
          y: { label: 'extra people released vs placebo', grid: true },
          color: { legend: true },
          marks: [
            Plot.ruleY([0]),
            Plot.line(
              curve.filter((r) => r.effect != null),
              { x: 'k', y: 'effect', stroke: 'side', marker: 'dot' },
            ),
          ],
        }),
      sources: [...new Set(sens.points.flatMap((p) => p.event_ids))].map((id) => ({ id })),
      caveats: [
        'Contacts were collected starting from known releases, so engagement dates are not independent of releases.',
        `Releases within a day of a customary pardon day (${sens.holiday_days_excluded.join(', ') || 'none in the dataset profile'}) are left out.`,
        'With a handful of events the test has little power: read the description, not the p-value.',
      ],
    }),
  );
}
