/**
 * The Atom 1.0 feed (RFC 4287) of list changes: one entry per designation, delisting or
 * amendment recorded by `lists update`, newest first, optionally of one programme. Entry ids are
 * stable URNs built from the snapshot, the change and the list's own id, so a reader never sees an
 * entry twice; each entry links to the designation in the API (the later snapshot, or the earlier
 * one for a delisting).
 */
import type { ListChangeRow } from '../store/list-fetch.ts';

export interface FeedOptions {
  /** The server's public origin, e.g. `https://leverage.example.org` (no trailing slash). */
  baseUrl: string;
  programme?: string;
  /** The feed's `updated` when it has no entry (ISO 8601). */
  now: string;
}

const TITLE = { designated: 'Designated', delisted: 'Delisted', amended: 'Amended' } as const;

function esc(text: string): string {
  // XML 1.0 forbids most control characters even when escaped: list files do carry some.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function urnPart(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The feed document for `rows` (newest first). */
export function listChangesAtom(rows: ListChangeRow[], options: FeedOptions): string {
  const { baseUrl, programme } = options;
  const self = `${baseUrl}/api/v1/lists/changes.atom${programme ? `?programme=${encodeURIComponent(programme)}` : ''}`;
  const updated =
    rows
      .map((r) => r.recorded_at)
      .sort()
      .at(-1) ?? options.now;
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:leverage:list-changes:${programme ? urnPart(programme) : 'all'}</id>`,
    `  <title>${esc(`Sanctions list changes${programme ? `: ${programme}` : ''}`)}</title>`,
    `  <updated>${esc(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(self)}"/>`,
    '  <author><name>Leverage (from the official lists)</name></author>',
    '  <generator>Leverage lists update</generator>',
  ];
  for (const r of rows) {
    const snapshot = r.change === 'delisted' ? r.snapshot_a : r.snapshot_b;
    const link = `${baseUrl}/api/v1/designations?snapshot=${encodeURIComponent(snapshot)}&id=${encodeURIComponent(r.source_id)}`;
    const programmes = r.programmes.length ? r.programmes.join(', ') : 'no programme';
    const summary =
      `${TITLE[r.change]} on ${r.list_source} (${programmes}), list of ${r.published ?? 'unknown date'}: ${r.name} [${r.source_id}]` +
      (r.fields.length ? `; changed: ${r.fields.join(', ')}` : '') +
      ` (snapshots ${r.snapshot_a} → ${r.snapshot_b})`;
    out.push(
      '  <entry>',
      `    <id>urn:leverage:list-change:${urnPart(r.snapshot_b)}:${r.change}:${urnPart(r.source_id)}</id>`,
      `    <title>${esc(`${TITLE[r.change]}: ${r.name}`)}</title>`,
      `    <updated>${esc(r.recorded_at)}</updated>`,
      ...(r.published && /^\d{4}-\d{2}-\d{2}$/.test(r.published) ? [`    <published>${esc(r.published)}T00:00:00Z</published>`] : []),
      `    <link rel="alternate" type="application/json" href="${esc(link)}"/>`,
      ...r.programmes.map((p) => `    <category term="${esc(p)}" label="${esc(p)}"/>`),
      `    <category term="${r.change}" scheme="urn:leverage:change"/>`,
      `    <summary type="text">${esc(summary)}</summary>`,
      '  </entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}
