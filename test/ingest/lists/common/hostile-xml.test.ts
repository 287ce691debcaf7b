/**
 * Bad and hostile XML (issue 5, item 6): DOCTYPE with internal entities (billion laughs),
 * external entities (XXE), truncation, wrong encoding, a huge single text node, an unknown
 * element. Each gets a clean LeverageError with a location, or a warning with counts; nothing
 * is expanded and memory stays bounded.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Readable } from 'node:stream';
import { LeverageError } from '../../../../src/domain/errors.ts';
import { collectDesignations, detectFormat, openInput, readList } from '../../../../src/ingest/lists/index.ts';

const entry = '<sdnEntry><uid>1</uid><lastName>X</lastName><sdnType>Entity</sdnType></sdnEntry>';

async function read(bytes: Buffer, limits?: { maxTextChars?: number }) {
  const warnings: { code: string; message: string; location?: Record<string, unknown> }[] = [];
  const input = await openInput('hostile.xml', { bytes, warnings });
  if (limits) input.limits = limits;
  const result = await collectDesignations(readList(input, 'ofac-xml'));
  return { ...result, warnings };
}

const isError =
  (code: string, check: (e: LeverageError) => boolean = () => true) =>
  (e: unknown) =>
    e instanceof LeverageError && e.code === code && check(e);

test('billion laughs: DOCTYPE with internal entities is refused, nothing expanded', async () => {
  const lol = `<?xml version="1.0"?>\n<!DOCTYPE sdnList [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`).join('\n')}\n]>\n<sdnList>${entry.replace('X', '&lol9;')}</sdnList>`;
  await assert.rejects(
    read(Buffer.from(lol)),
    isError('bad_input', (e) => /DOCTYPE/.test(e.message) && e.location?.line === 13),
  );
});

test('XXE: external entity declaration is refused before any file is read', async () => {
  const xxe =
    '<?xml version="1.0"?><!DOCTYPE sdnList [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sdnList><sdnEntry><uid>1</uid><lastName>&xxe;</lastName></sdnEntry></sdnList>';
  await assert.rejects(
    read(Buffer.from(xxe)),
    isError('bad_input', (e) => /DOCTYPE/.test(e.message)),
  );
});

test('detection still works past a DOCTYPE so the parser can refuse it', () => {
  assert.equal(detectFormat(Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><sdnList>')), 'ofac-xml');
});

test('truncated file → bad_format with line and XML path', async () => {
  const cut = Buffer.from(`<?xml version="1.0"?>\n<sdnList>\n${entry}\n<sdnEntry><uid>2</uid><lastNa`);
  await assert.rejects(
    read(cut),
    isError('bad_format', (e) => e.location?.line === 4 && /sdnEntry/.test(e.location?.path ?? '')),
  );
});

test('wrong encoding (Latin-1 bytes, no declaration) → bad_encoding with the byte offset', async () => {
  const head = Buffer.from('<?xml version="1.0"?><sdnList><sdnEntry><uid>1</uid><lastName>');
  const bytes = Buffer.concat([head, Buffer.from([0xe9]), Buffer.from('</lastName></sdnEntry></sdnList>')]);
  await assert.rejects(
    read(bytes),
    isError('bad_encoding', (e) => e.location?.offset === head.length),
  );
});

test('declared ISO-8859-1 is decoded', async () => {
  const bytes = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><sdnList><sdnEntry><uid>1</uid><lastName>CAF'),
    Buffer.from([0xc9]),
    Buffer.from('</lastName></sdnEntry></sdnList>'),
  ]);
  const { designations } = await read(bytes);
  assert.equal(designations.get('1')!.names[0].value, 'CAFÉ');
});

test('UTF-16 is refused cleanly', async () => {
  await assert.rejects(read(Buffer.from('\ufeff<sdnList/>', 'utf16le')), isError('bad_encoding'));
});

test('a huge single text node is refused at the limit, without reading it whole', async () => {
  const big = Buffer.concat([
    Buffer.from('<sdnList><sdnEntry><uid>1</uid><remarks>'),
    Buffer.alloc(8 * 1024 * 1024, 'a'),
    Buffer.from('</remarks></sdnEntry></sdnList>'),
  ]);
  await assert.rejects(
    read(big, { maxTextChars: 1024 * 1024 }),
    isError('bad_input', (e) => /longer than/.test(e.message) && !!e.location?.path),
  );
});

test('a 1 GB text node streamed from a generator fails fast with the default limit and bounded memory', async () => {
  const { readXmlRecords } = await import('../../../../src/ingest/lists/index.ts');
  const chunk = Buffer.alloc(1 << 20, 'a');
  let sent = 0;
  const source = Readable.from(
    (function* () {
      yield Buffer.from('<sdnList><sdnEntry><remarks>');
      while (sent < 1024) {
        sent++;
        yield chunk;
      }
    })(),
  );
  const bytes = Buffer.concat(await source.take(40).toArray()); // 39 MiB is enough to cross the 16 Mi default
  const input = await openInput('gb.xml', { bytes });
  const before = process.memoryUsage().rss;
  await assert.rejects(async () => {
    for await (const _ of readXmlRecords(input, { roots: ['sdnList'], known: new Set(), collect: () => undefined })) void _;
  }, isError('bad_input'));
  assert.ok(process.memoryUsage().rss - before < 400 * 1024 * 1024);
});

test('unknown elements → one warning per name with counts, records still read', async () => {
  const xml = `<sdnList><sdnEntry><uid>1</uid><lastName>X</lastName><sdnType>Entity</sdnType><shoeSize>44</shoeSize></sdnEntry><sdnEntry><uid>2</uid><lastName>Y</lastName><sdnType>Entity</sdnType><shoeSize>45</shoeSize></sdnEntry></sdnList>`;
  const { designations, warnings } = await read(Buffer.from(xml));
  assert.equal(designations.size, 2);
  assert.deepEqual(
    warnings.map((w) => [w.code, w.message]),
    [['unknown_element', 'unknown element <shoeSize> seen 2 time(s); ignored']],
  );
  assert.equal(warnings[0].location?.line, 1);
});

test('wrong root element → bad_format naming the expected one', async () => {
  await assert.rejects(
    read(Buffer.from('<html><body/></html>')),
    isError('bad_format', (e) => /<html>/.test(e.message) && /sdnList/.test(e.expected ?? '')),
  );
});
