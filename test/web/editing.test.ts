/**
 * End-to-end in Chromium: an editor signs in from the shell, corrects a release's count with a
 * note (and a private note), the Overview figure that sums releases changes, the record's history
 * shows the diff, an anonymous visitor sees the new value but no private value, and a restore
 * brings the old count back. An admin deletes a record from its page and restores it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addAccount, editRecord, getRecord, operator, recordEtag } from '../../src/app/index.ts';
import { releaseKind } from '../../src/domain/schema/index.ts';
import { hasChromium, serveForBrowser, type Served } from '../helpers/browser.ts';

const PW = 'a long enough password';
const PRIVATE = 'PRIVATE-e2e-5b1d family contact';

describe('editing a record in Chromium', { skip: hasChromium ? false : 'no /usr/bin/chromium (CI installs it)' }, () => {
  let s: Served;
  let page: Page;
  before(async () => {
    s = await serveForBrowser('web_editing');
    await addAccount(s.store, operator('root'), { name: 'eve', role: 'editor', password: PW });
    await addAccount(s.store, operator('root'), { name: 'ada', role: 'admin', password: PW });
    page = await s.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  after(() => s?.close());

  async function open(p: Page, path: string, tab: string): Promise<void> {
    await p.goto(s.url + path);
    await p.waitForSelector(`body[data-ready="${tab}"]`, { timeout: 20_000 });
  }
  const refillText = async (p: Page) => p.locator('[data-headline="refill"]').innerText();

  test('correct, see it everywhere, restore', async () => {
    // A release inside the Overview's refill window (its outflow sums release counts).
    await open(page, '/', 'overview');
    const before = await refillText(page);
    const [, from, to] = /(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})/.exec(before) ?? [];
    assert.ok(from && to, `a refill window in "${before}"`);
    const [release] = await s.store.query<{ id: string; count: number }>(
      'SELECT id, count FROM release WHERE date_start >= $1 AND date_start <= $2 ORDER BY date_start DESC, id LIMIT 1',
      [from, to],
    );
    assert.ok(release, `a release between ${from} and ${to}`);
    const oldCount = Number(release.count);
    const newCount = oldCount + 1234;

    // The Timeline links its rows to the record page.
    await open(page, `/?tab=timeline&kinds=release&from=${from}`, 'timeline');
    await page.click(`[data-panel="timeline"] a[data-record-link="${release.id}"]`);
    await page.waitForSelector('body[data-ready="record"] dl.record');
    assert.equal(await page.locator('dd[data-value="count"]').innerText(), String(oldCount));
    assert.equal(await page.locator('form.record-form').count(), 0, 'no form for an anonymous visitor');

    // Sign in from the shell: the page redraws with the form.
    await page.click('#account summary');
    await page.fill('#account input[name="name"]', 'eve');
    await page.fill('#account input[name="password"]', PW);
    await page.click('#account button[type="submit"]');
    await page.waitForSelector('#account [data-account="eve"]');
    await page.waitForSelector('form.record-form');

    // A bad value is refused by the server, and the form names the field.
    await page.fill('form.record-form [name="count"]', 'many');
    await page.fill('form.record-form [name="edit-note"]', 'a try');
    await page.click('form.record-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-error-for="count"]')?.textContent);
    assert.match(await page.locator('[data-error-for="count"]').innerText(), /count|number/i);

    // The correction, with a note and a private note.
    await page.fill('form.record-form [name="count"]', String(newCount));
    await page.fill('form.record-form [name="internal_note"]', PRIVATE);
    await page.fill('form.record-form [name="edit-note"]', 'the organisation revised its count');
    await page.click('form.record-form button[type="submit"]');
    await page.waitForSelector('p.saved');
    assert.equal(await page.locator('dd[data-value="count"]').innerText(), String(newCount));
    const edit = page.locator('ol.history li[data-action="record.edit"]').first();
    assert.match(await edit.innerText(), /by eve/);
    assert.match(await edit.innerText(), /the organisation revised its count/);
    assert.equal(await edit.locator('tr[data-diff="count"] td.before').innerText(), String(oldCount));
    assert.equal(await edit.locator('tr[data-diff="count"] td.after').innerText(), String(newCount));

    // The Overview figure follows (the data version changes; the cache re-reads it within a second).
    await page.waitForTimeout(1100);
    await open(page, '/', 'overview');
    const changed = await refillText(page);
    assert.notEqual(changed, before, 'the refill headline changed with the release count');

    // An anonymous visitor: the new value, the fact that it changed, no private value, no diff.
    const visitor = await (await s.browser.newContext()).newPage();
    await open(visitor, `/?tab=record&kind=release&id=${release.id}`, 'record');
    assert.equal(await visitor.locator('dd[data-value="count"]').innerText(), String(newCount));
    const html = await visitor.content();
    assert.ok(!html.includes(PRIVATE), 'the private note reached an anonymous visitor');
    assert.ok(!html.includes('the organisation revised'), 'the editor’s note reached an anonymous visitor');
    assert.equal(await visitor.locator('ol.history li[data-action="record.edit"]').count(), 1);
    assert.equal(await visitor.locator('table.diff').count(), 0);
    assert.equal(await visitor.locator('form').filter({ hasText: 'Save' }).count(), 0);
    await visitor.close();

    // Restore the version before the correction.
    await page.goto(`${s.url}/?tab=record&kind=release&id=${release.id}`);
    await page.waitForSelector('body[data-ready="record"] ol.history');
    const restore = page.locator('ol.history li[data-action="record.edit"] form[data-side="before"]');
    await restore.locator('input[name="note"]').fill('the revision was withdrawn');
    await restore.locator('button').click();
    await page.waitForSelector('ol.history li[data-action="record.restore"]');
    assert.equal(await page.locator('dd[data-value="count"]').innerText(), String(oldCount));
    const [stored] = await s.store.query<{ count: number }>('SELECT count FROM release WHERE id = $1', [release.id]);
    assert.equal(Number(stored!.count), oldCount);
    await page.waitForTimeout(1100);
    await open(page, '/', 'overview');
    assert.equal(await refillText(page), before, 'the refill headline is back');

    // Sign out from the shell: the form is gone.
    await page.click('#account [data-action="sign-out"]');
    await page.waitForSelector('#account form.sign-in');
  });

  test('an admin deletes a record from its page; the public gets a 404; restoring brings it back', async () => {
    const admin = await (await s.browser.newContext()).newPage();
    const [c] = await s.store.query<{ id: string }>('SELECT id FROM detention_case ORDER BY id LIMIT 1');
    const path = `/?tab=record&kind=case&id=${c!.id}`;
    await open(admin, path, 'record');
    await admin.click('#account summary');
    await admin.fill('#account input[name="name"]', 'ada');
    await admin.fill('#account input[name="password"]', PW);
    await admin.click('#account button[type="submit"]');
    await admin.waitForSelector('form.deletion[data-deletion="delete"]');
    await admin.fill('form.deletion input[name="note"]', 'entered twice');
    await admin.click('form.deletion button');
    await admin.waitForSelector('p.deleted');
    assert.match(await admin.locator('ol.history li').first().innerText(), /deleted by ada/);

    const visitor = await (await s.browser.newContext()).newPage();
    await open(visitor, path, 'record');
    assert.match(await visitor.locator('p.error').innerText(), /no case/);
    assert.equal(await visitor.locator('dl.record').count(), 0);

    await admin.fill('form.deletion[data-deletion="undelete"] input[name="note"]', 'it was not a duplicate');
    await admin.click('form.deletion[data-deletion="undelete"] button');
    await admin.waitForSelector('form.deletion[data-deletion="delete"]');
    assert.equal(await admin.locator('p.deleted').count(), 0);
    await open(visitor, path, 'record');
    assert.equal(await visitor.locator('dl.record').count(), 1);
    await visitor.close();
    await admin.close();
  });

  test('a save refused because someone else saved first shows what changed, and loads the current version', async () => {
    const [r] = await s.store.query<{ id: string }>('SELECT id FROM release ORDER BY date_start, id LIMIT 1');
    const id = r!.id;
    const editor = await (await s.browser.newContext()).newPage();
    await open(editor, `/?tab=record&kind=release&id=${id}`, 'record');
    await editor.click('#account summary');
    await editor.fill('#account input[name="name"]', 'eve');
    await editor.fill('#account input[name="password"]', PW);
    await editor.click('#account button[type="submit"]');
    await editor.waitForSelector('form.record-form');
    // Another editor saves first.
    const al = { id: 'al', role: 'editor', via: 'http', account: 'al' } as const;
    const current = (await getRecord(s.store, releaseKind, id, al))!;
    const other = await editRecord(
      s.store,
      al,
      'release',
      id,
      { ...current, note: 'context added by another editor' },
      { ifMatch: recordEtag(current), note: 'context' },
    );
    assert.ok(other.saved);
    await editor.fill('form.record-form [name="count"]', String(Number(current.count) + 1));
    await editor.fill('form.record-form [name="edit-note"]', 'my correction');
    await editor.click('form.record-form button[type="submit"]');
    await editor.waitForSelector('[data-stale] tr[data-diff="note"]');
    assert.equal(await editor.locator('[data-stale] tr[data-diff="note"] td.after').innerText(), 'context added by another editor');
    const [stored] = await s.store.query<{ count: number }>('SELECT count FROM release WHERE id = $1', [id]);
    assert.equal(Number(stored!.count), Number(current.count), 'nothing was overwritten');
    await editor.click('[data-stale] button');
    await editor.waitForSelector('p.saved');
    assert.match(await editor.locator('p.saved').innerText(), /current version/);
    assert.equal(await editor.locator('form.record-form [name="note"]').inputValue(), 'context added by another editor');
    await editor.close();
  });
});
