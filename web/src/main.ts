/** The dashboard shell: tabs, routing by `?tab=`, re-render on view changes. */
import './style.css';
import { h } from './lib/dom.ts';
import { readView, setView } from './lib/state.ts';
import { overviewPage } from './pages/overview.ts';
import { timelinePage } from './pages/timeline.ts';
import { ledgerPage } from './pages/ledger.ts';
import { flowsPage } from './pages/flows.ts';
import { peoplePage } from './pages/people.ts';
import { sanctionsPage } from './pages/sanctions.ts';
import { scenariosPage } from './pages/scenarios.ts';
import { pressurePage } from './pages/pressure.ts';
import { recordPage } from './pages/record.ts';
import { accountControl } from './lib/session.ts';
import { reviewPage } from './pages/review.ts';

type Page = (main: HTMLElement) => Promise<void>;
/** `hidden`: reached by links, not a tab. */
const PAGES: Record<string, { label: string; render: Page; hidden?: boolean }> = {
  overview: { label: 'Overview', render: overviewPage },
  timeline: { label: 'Timeline', render: timelinePage },
  pressure: { label: 'Pressure and engagement', render: pressurePage },
  ledger: { label: 'Ledger', render: ledgerPage },
  flows: { label: 'Flows', render: flowsPage },
  people: { label: 'People', render: peoplePage },
  sanctions: { label: 'Sanctions', render: sanctionsPage },
  scenarios: { label: 'Scenarios', render: scenariosPage },
  record: { label: 'Record', render: recordPage, hidden: true },
  review: { label: 'Review', render: reviewPage },
};

const main = document.getElementById('main')!;
const tabs = document.getElementById('tabs')!;
let rendering = 0;

async function render(): Promise<void> {
  const ticket = ++rendering;
  const tab = PAGES[readView().tab ?? ''] ? readView().tab! : 'overview';
  tabs.replaceChildren(
    ...Object.entries(PAGES)
      .filter(([, p]) => !p.hidden)
      .map(([id, p]) =>
        h(
          'a',
          {
            href: `/?tab=${id}`,
            'aria-current': id === tab ? 'page' : undefined,
            onclick: (e: MouseEvent) => {
              if (e.metaKey || e.ctrlKey) return;
              e.preventDefault();
              // A new tab starts from its own defaults: keep no filters from the previous one.
              history.pushState(null, '', `/?tab=${id}`);
              void render();
            },
          },
          p.label,
        ),
      ),
  );
  const page = h('div', { class: 'page', 'data-page': tab, 'aria-busy': 'true' });
  main.replaceChildren(page);
  document.title = `Leverage — ${PAGES[tab]!.label}`;
  try {
    await PAGES[tab]!.render(page);
  } catch (err) {
    page.append(h('p', { class: 'error', role: 'alert' }, `Could not load this page: ${(err as Error).message}`));
  }
  if (ticket === rendering) {
    page.setAttribute('aria-busy', 'false');
    document.body.dataset.ready = tab;
    // Time from navigation start to a drawn page: read by bench/dashboard.ts.
    performance.mark(`leverage-ready:${tab}`);
  }
}

window.addEventListener('viewchange', () => void render());
window.addEventListener('popstate', () => void render());
accountControl(document.getElementById('account')!);
void render();
export { setView };
