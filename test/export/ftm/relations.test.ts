/**
 * OFAC advanced `ProfileRelationships` → FtM relations. The real sample's relationship section is
 * empty, so two relationships between its real parties are written into a copy of it (the
 * relation types are the sample's own `RelationTypeValues`): AEROCARIBBEAN (36) "Owned or
 * Controlled By" the individual 2677, and 2677 "Associate Of" the vessel's party 4238, plus one
 * naming a party absent from the file (warned, not mapped).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Warning } from '../../../src/domain/errors.ts';
import { designationToFtm } from '../../../src/export/ftm/index.ts';
import { collectDesignations, openInput, readList } from '../../../src/ingest/lists/index.ts';
import { fixture } from '../../ingest/lists/helpers.ts';
import { assertValid } from './helpers.ts';

const NS = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML';
const rel = (id: number, from: number, to: number, type: number, former = false) =>
  `<ProfileRelationship xmlns="${NS}" ID="${id}" From-ProfileID="${from}" To-ProfileID="${to}" RelationTypeID="${type}" RelationQualityID="1" Former="${former}" SanctionsEntryID="1" />`;

test('ProfileRelationships become Ownership and UnknownLink entities between the exported parties', async () => {
  const sample = readFileSync(fixture('ofac-advanced-xml__GSmiguel_sanctions_lists_etl__sample_sdn_advanced.xml'), 'utf8');
  assert.ok(sample.includes('<ProfileRelationships />'));
  const xml = sample.replace(
    '<ProfileRelationships />',
    `<ProfileRelationships>${rel(1, 36, 2677, 15003)}${rel(2, 2677, 4238, 1555, true)}${rel(3, 2677, 999999, 15004)}</ProfileRelationships>`,
  );
  const warnings: Warning[] = [];
  const input = await openInput('sdn_advanced.xml', { bytes: Buffer.from(xml), warnings });
  const { designations } = await collectDesignations(readList(input, 'ofac-advanced-xml'));
  assert.deepEqual(
    designations.get('36')!.otherInfo.filter((o) => o.type.startsWith('relation')),
    [{ type: 'relation: Owned or Controlled By', value: '2677' }],
  );
  // Programmes still arrive after the parties were held back for their relations.
  assert.ok(designations.get('36')!.programmes.length > 0);
  const entities = [...designations.values()].flatMap((d) => designationToFtm(d));
  const ids = new Set(entities.map((e) => e.id));
  const ownership = entities.find((e) => e.schema === 'Ownership')!;
  assert.deepEqual(ownership.properties.asset, ['us-ofac-sdn-36']);
  assert.deepEqual(ownership.properties.owner, ['us-ofac-sdn-2677']);
  assert.deepEqual(ownership.properties.role, ['Owned or Controlled By']);
  const link = entities.find((e) => e.schema === 'UnknownLink')!;
  assert.deepEqual([link.properties.subject, link.properties.object, link.properties.role], [['us-ofac-sdn-2677'], ['us-ofac-sdn-4238'], ['Associate Of']]);
  assert.ok(link.properties.summary![0].includes('former'));
  for (const e of [ownership, link]) for (const v of Object.values(e.properties).flat()) if (v.startsWith('us-ofac-sdn-')) assert.ok(ids.has(v), v);
  assert.equal(entities.filter((e) => ['Ownership', 'UnknownLink', 'Family'].includes(e.schema)).length, 2);
  entities.forEach(assertValid);
  assert.ok(
    warnings.some((w) => w.code === 'dangling_reference' && /1 ProfileRelationship/.test(w.message)),
    JSON.stringify(warnings),
  );
  // No relation text leaks into the notes.
  assert.ok(!entities.some((e) => e.properties.notes?.some((n) => n.startsWith('relation'))));
});
