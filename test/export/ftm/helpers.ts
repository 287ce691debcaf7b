/**
 * Validation of an exported FtM entity with `@alephdata/followthemoney`'s API only: the schema
 * exists and is concrete, `Model.getEntity` accepts it (it throws on a property the schema does
 * not have), required properties (own and inherited) are present, closed vocabularies hold,
 * dates and lengths fit; and the project's own `ftmProblems` agrees.
 */
import assert from 'node:assert/strict';
import { defaultModel, Model } from '@alephdata/followthemoney';
import { ftmProblems, type FtmExportEntity } from '../../../src/export/ftm/index.ts';

const model = new Model(defaultModel);

/** Validation with the library's API only. */
export function assertValid(e: FtmExportEntity): void {
  const schema = model.schemata[e.schema];
  assert.ok(schema, `schema ${e.schema} exists`);
  assert.ok(!schema.abstract, `${e.schema} is concrete`);
  const entity = model.getEntity({ id: e.id, schema: e.schema, properties: e.properties }); // throws on unknown properties
  for (const [prop, values] of Object.entries(e.properties)) {
    assert.ok(schema.hasProperty(prop), `${e.schema}.${prop} exists`);
    assert.deepEqual(entity.getProperty(prop), values);
    const type = schema.getProperty(prop).type;
    for (const v of values) {
      assert.ok(v.trim().length > 0, `${prop} has no empty values`);
      if (type.values.size) assert.ok(type.values.has(v), `${prop}=${v} is a ${type.name}`);
      if (type.name === 'date') assert.match(v, /^\d{4}(-\d{2}(-\d{2})?)?$/);
      if (type.maxLength) assert.ok(v.length <= type.maxLength, `${prop} within ${type.maxLength} characters`);
    }
  }
  for (const s of [schema, ...schema.getParents()]) for (const r of s.required) assert.ok(e.properties[r]?.length, `${e.schema} requires ${r} (${s.name})`);
  assert.deepEqual(ftmProblems(e), []);
}
