/**
 * Relations between designated parties as FtM relation entities. OFAC's advanced XML states them
 * as `ProfileRelationships` (the mapper keeps each as an `otherInfo` entry `relation: <type>`
 * naming the other party); here each becomes an `Ownership`, `Family`, `Directorship` or, for
 * every other kind ("Associate Of", "Providing support to", "Acting for or on behalf of"…), an
 * `UnknownLink` carrying the list's wording as its role. Pure.
 */
import type { Designation } from '../../domain/designation.ts';
import type { FtmExportEntity } from './export.ts';

/** `role` names the property holding the list's wording (Family has `relationship`, not `role`). */
type Rule = { schema: string; from: string; to: string; person?: boolean; role?: string };

/** OFAC relation types (lower case) → schema and which side `from` and `to` take. */
const RULES: Record<string, Rule> = {
  'owned or controlled by': { schema: 'Ownership', from: 'asset', to: 'owner' },
  'owns, controls, or operates': { schema: 'Ownership', from: 'owner', to: 'asset' },
  'family member of': { schema: 'Family', from: 'person', to: 'relative', person: true, role: 'relationship' },
  'leader or official of': { schema: 'Directorship', from: 'director', to: 'organization' },
  'principal executive officer': { schema: 'Directorship', from: 'director', to: 'organization' },
  'playing a significant role in': { schema: 'Directorship', from: 'director', to: 'organization' },
};
const LINK: Rule = { schema: 'UnknownLink', from: 'subject', to: 'object' };

const RELATION = /^relation: (.+?)( \(former\))?$/;

/** Whether an `otherInfo` entry is a relation (the export turns it into an entity, not a note). */
export function isRelation(type: string): boolean {
  return RELATION.test(type);
}

/** The relation entities of designation `d` (exported as `fromId`); `idOf` gives the FtM id of another party of the same list. */
export function relationsOf(fromId: string, d: Designation, idOf: (sourceId: string) => string): FtmExportEntity[] {
  const out: FtmExportEntity[] = [];
  for (const o of d.otherInfo) {
    const m = RELATION.exec(o.type);
    if (!m) continue;
    const type = m[1]!;
    let rule = RULES[type.toLowerCase()] ?? LINK;
    if (rule.person && d.entityKind !== 'person') rule = LINK;
    const toId = idOf(o.value);
    const slug = type.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const properties: Record<string, string[]> = { [rule.from]: [fromId], [rule.to]: [toId], [rule.role ?? 'role']: [type] };
    if (m[2]) properties.summary = ['a former relation (OFAC: Former="true")'];
    out.push({ id: `${fromId}-rel-${slug}-${toId}`, schema: rule.schema, properties });
  }
  return out;
}
