import type { FastifyInstance } from 'fastify';
import { loadTimelinePage, type TimelineEntry } from '../../app/index.ts';
import { withCursor } from '../paging.ts';

/** Entries on one page of `/timeline` unless `?limit=` says otherwise (at most 1,000). */
export const TIMELINE_PAGE_SIZE = 500;

/**
 * `GET /timeline`: the timeline as a plain HTML page rendered on the server: readable with no
 * JavaScript, and the page a link can always fall back to. A page at a time, with a link to the
 * next (`?cursor=`).
 */
export default async function timelinePage(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { cursor?: string; limit?: number } }>(
    '/timeline',
    {
      schema: {
        hide: true,
        querystring: { type: 'object', properties: { cursor: { type: 'string', maxLength: 1000 }, limit: { type: 'integer', minimum: 1, maximum: 1000 } } },
      },
    },
    async (request, reply) => {
      const page = await loadTimelinePage(app.store, { cursor: request.query.cursor, limit: request.query.limit ?? TIMELINE_PAGE_SIZE });
      const next = page.next_cursor ? withCursor(request.url, page.next_cursor) : undefined;
      return reply.type('text/html; charset=utf-8').send(renderTimeline(page.items, next));
    },
  );
}

const LABEL: Record<TimelineEntry['kind'], string> = { release: 'Release', measure: 'Measure', contact: 'Contact', political_event: 'Event' };

/** The page of `entries`; `next` is the URL of the following page, if any. */
export function renderTimeline(entries: TimelineEntry[], next?: string): string {
  const rows = entries
    .map(
      (e) =>
        `<tr class="${e.kind}" data-id="${esc(e.id)}"><td><time datetime="${esc(e.date_start)}">${esc(e.date)}</time></td><td>${LABEL[e.kind]}</td><td>${esc(e.type)}</td><td>${esc(e.actor ?? '')}</td><td>${esc(e.title)}</td><td>${e.source_url ? `<a href="${esc(e.source_url)}" rel="noreferrer">${esc(e.publisher ?? 'source')}</a>` : ''}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Leverage — timeline</title><style>body{font:14px/1.4 system-ui,sans-serif;margin:1rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}tr.release td:nth-child(2){color:#1a7f37}tr.measure td:nth-child(2){color:#b35900}tr.contact td:nth-child(2){color:#0550ae}</style></head>
<body><h1>Timeline</h1><p>${entries.length} events${next ? ' on this page' : ''}: releases, sanctions measures, diplomatic contacts and political events, each with its source. <a href="/">Dashboard</a></p>
<table><thead><tr><th>Date</th><th>Kind</th><th>Type</th><th>Actor</th><th>What</th><th>Source</th></tr></thead><tbody>
${rows}
</tbody></table>${next ? `<p><a rel="next" href="${esc(next)}">Next page</a></p>` : ''}</body></html>`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
