/**
 * The registry's records as TypeScript values. Each mirrors the fields declared in `schema/`
 * (a test keeps the two in step). Optional fields are absent, never null. Dates are EDTF strings;
 * use `parseEdtf` for their first and last day.
 */
import type { ContactKind, CountBasis, ExitMode, Metric, PoliticalEventKind, ReleaseMode, TargetKind } from './schema/types.ts';
import type { RecordKind } from './schema/index.ts';
import type { Issuer, MeasureAction } from './types/issuer.ts';
import type { DatasetProfile } from './dataset-profile.ts';

/** Where a fact was seen. `id` is derived from the URL, so the same page is one source. */
export interface Source {
  id: string;
  url: string;
  publisher: string;
  published?: string;
  title?: string;
  retrieved?: string;
  licence?: string;
}

/** Citation fields every record carries. */
export interface Cited {
  source_url: string;
  publisher: string;
  published?: string;
  evidence: string;
}

export interface Release extends Cited {
  id: string;
  date: string;
  count: number;
  count_basis: CountBasis;
  mode: ReleaseMode;
  received_by?: string[];
  brokered_by?: string[];
  foreign_nationals?: number;
  notable_people?: string[];
  linked_concession?: string;
  note?: string;
}

export interface Measure extends Cited {
  id: string;
  date: string;
  issuer: Issuer;
  action: MeasureAction;
  programme: string[];
  legal_act?: string;
  target_kind: TargetKind[];
  targets?: string;
  target_count?: number;
  summary: string;
}

export interface Contact extends Cited {
  id: string;
  date: string;
  kind: ContactKind;
  from_actor: string;
  to_actor: string;
  place?: string;
  summary: string;
  outcome?: string;
}

export interface Observation extends Cited {
  id: string;
  date: string;
  metric: Metric;
  value: number;
  period_start?: string;
  period_end?: string;
  source_org: string;
}

export interface PoliticalEvent extends Cited {
  id: string;
  date: string;
  kind: PoliticalEventKind;
  summary: string;
  quantity?: number;
  quantity_unit?: string;
}

/** Everything the analyses read, as loaded from the store (or built in a test). */
export interface Registry {
  releases: Release[];
  measures: Measure[];
  contacts: Contact[];
  events: PoliticalEvent[];
  observations: Observation[];
  /** What is particular to the dataset (`dataset.json`): the analyses' defaults. Absent: defaults read off the records. */
  profile?: DatasetProfile;
}

export interface Case extends Cited {
  id: string;
  person: string;
  person_names?: string[];
  detained?: string;
  charges?: string[];
  court?: string;
  judge?: string;
  prosecutor?: string;
  sentence?: string;
  facility?: string;
  recognised_by?: string[];
  recognised_on?: string;
  exit_date?: string;
  exit_mode?: ExitMode;
  release_id?: string;
}

/**
 * One validated registry record on its way to the store: its kind, its field values (absent
 * optional fields left out) and the source it cites. Made by the registry parsers, written by
 * the store.
 */
export interface ParsedRecord {
  kind: RecordKind;
  record: Record<string, unknown>;
  source: Source;
}

/** A registry person or organisation with its names and detention cases (for exports). */
export interface RegistryActor {
  id: string;
  kind: 'person' | 'organisation';
  primaryName: string;
  /** As the registry writes it (ISO code or country name); null when unknown. */
  country: string | null;
  names: { value: string; kind: string }[];
  /** Detention cases whose person this actor is. */
  caseIds: string[];
}
