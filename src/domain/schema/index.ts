import { caseKind } from './case.ts';
import { contactKind } from './contact.ts';
import { measureKind } from './measure.ts';
import { observationKind } from './observation.ts';
import { politicalEventKind } from './political-event.ts';
import { releaseKind } from './release.ts';
import type { RecordKind } from './record-kind.ts';

/** The registry's importable record kinds, in load order. */
export const RECORD_KINDS: readonly RecordKind[] = [releaseKind, measureKind, contactKind, politicalEventKind, observationKind, caseKind];

/** Finds a kind by singular or plural name (`release`, `releases`, `events`). */
export function recordKindByName(name: string): RecordKind | undefined {
  return RECORD_KINDS.find((k) => k.name === name || k.plural === name);
}

export { caseKind, contactKind, measureKind, observationKind, politicalEventKind, releaseKind };
export type { RecordKind };
export { SOURCE_FIELDS, PRIVATE_FIELDS, VISIBILITIES, isUnpublished, privateFieldNames, withoutPrivateFields } from './record-kind.ts';
export { RELEASE_MODES, COUNT_BASES } from './release.ts';
export { METRICS } from './observation.ts';
export type * from './types.ts';
export { CONTACT_KINDS } from './contact.ts';
export { POLITICAL_EVENT_KINDS } from './political-event.ts';
export { TARGET_KINDS } from './measure.ts';
export { EXIT_MODES } from './case.ts';
