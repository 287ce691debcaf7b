import type { CONTACT_KINDS } from './contact.ts';
import type { TARGET_KINDS } from './measure.ts';
import type { METRICS } from './observation.ts';
import type { POLITICAL_EVENT_KINDS } from './political-event.ts';
import type { COUNT_BASES, RELEASE_MODES } from './release.ts';

export type ReleaseMode = (typeof RELEASE_MODES)[number];
export type CountBasis = (typeof COUNT_BASES)[number];
export type Metric = (typeof METRICS)[number];
export type ContactKind = (typeof CONTACT_KINDS)[number];
export type PoliticalEventKind = (typeof POLITICAL_EVENT_KINDS)[number];
export type TargetKind = (typeof TARGET_KINDS)[number];
export type ExitMode = typeof import('./case.ts').EXIT_MODES[number];
