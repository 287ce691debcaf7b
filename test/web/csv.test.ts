import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from '../../web/src/lib/csv.ts';

test("the dashboard's CSV button writes formula text with a leading apostrophe, numbers unchanged", () => {
  const csv = toCsv(
    [{ key: 'name' }, { key: 'n' }, { key: 'tags' }],
    [
      { name: '=HYPERLINK("http://x","y")', n: -12, tags: ['@SUM(A1)', 'x'] },
      { name: '-12', n: 3, tags: [] },
    ],
  );
  assert.equal(csv, 'name,n,tags\n"\'=HYPERLINK(""http://x"",""y"")",-12,\'@SUM(A1);x\n-12,3,\n');
});
