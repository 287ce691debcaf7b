import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderDataModel } from '../../src/domain/data-model-doc.ts';
import { RECORD_KINDS } from '../../src/domain/schema/index.ts';

test('docs/data-model.md is what the schema renders (run scripts/gen-docs.ts when this fails)', () => {
  const doc = readFileSync(new URL('../../docs/data-model.md', import.meta.url), 'utf8');
  assert.equal(doc, renderDataModel());
  for (const kind of RECORD_KINDS) for (const f of kind.fields) assert.ok(doc.includes(`\`${f.name}\``), `${kind.name}.${f.name}`);
  assert.match(doc, /```mermaid/);
});
