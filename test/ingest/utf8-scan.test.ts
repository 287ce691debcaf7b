/** `Utf8Scan`: the first byte that is not UTF-8, wherever the chunks of a stream are cut. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Utf8Scan } from '../../src/ingest/utf8.ts';

/** Scans `bytes` cut into chunks at every given position. */
function scan(bytes: Buffer, cuts: number[]): number | undefined {
  const s = new Utf8Scan();
  let from = 0;
  for (const at of [...cuts, bytes.length]) {
    s.push(bytes.subarray(from, at));
    from = at;
  }
  s.end();
  return s.invalidAt;
}

test('a multi-byte character cut by any chunk boundary is valid', () => {
  const bytes = Buffer.from('Лукашэнка € 𝄞', 'utf8');
  for (let i = 0; i <= bytes.length; i++) assert.equal(scan(bytes, [i]), undefined, `cut at ${i}`);
  assert.equal(scan(bytes, [1, 2, 3, 4, 5]), undefined);
});

test('the offset of the first bad byte, in any chunk, even when it was carried over', () => {
  const bytes = Buffer.concat([Buffer.from('abc Ж ', 'utf8'), Buffer.from([0xe9]), Buffer.from(' xyz')]);
  const bad = bytes.indexOf(0xe9);
  for (let i = 0; i <= bytes.length; i++) assert.equal(scan(bytes, [i]), bad, `cut at ${i}`);
});

test('overlong forms and surrogates are invalid; a character cut by the end of the file is invalid at its first byte', () => {
  assert.equal(scan(Buffer.from([0x41, 0xc0, 0x80]), []), 1);
  assert.equal(scan(Buffer.from([0x41, 0xed, 0xa0, 0x80]), [2]), 1);
  assert.equal(scan(Buffer.from([0x41, 0x42, 0xe2, 0x82]), [3]), 2);
});
