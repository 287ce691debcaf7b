/**
 * The normalised designation model: one sanctions-list entry, whatever list or file format it came
 * from, plus the snapshot (one published file) it was read from. Pure: zod schemas and types, no I/O.
 * Source-shaped records live in `src/ingest/lists/`; this is what they are mapped to.
 * Field guide: ../shared/research/FORMATS.md (section 0 gives the stable id of every list).
 */
import { z } from 'zod';
import type { Issuer } from './types/issuer.ts';

/** Lists we read. `us-ofac-sdn` and `us-ofac-cons` share formats but are different lists. */
export const LIST_SOURCES = ['us-ofac-sdn', 'us-ofac-cons', 'eu-fsf', 'gb-fcdo', 'un-sc', 'opensanctions'] as const;
/** The list a designation or snapshot belongs to. */
export type ListSource = (typeof LIST_SOURCES)[number];

/** What the rest of the code knows of a list, declared once per list. */
export interface ListInfo {
  /** Who acts when the list changes (the measure issuer); none for an aggregator. */
  issuer?: Issuer;
  /** The issuing authority as FollowTheMoney `Sanction.authority`. */
  authority: string;
  /** The issuer's FtM country code. */
  country?: string;
  /** OpenSanctions' dataset name for the list (the yente API's collection). */
  collection?: string;
}

/** Every list we read. A new list is one more line in LIST_SOURCES and one entry here. */
export const LIST_INFO: Record<ListSource, ListInfo> = {
  'us-ofac-sdn': { issuer: 'US', authority: 'Office of Foreign Assets Control (OFAC), SDN List', country: 'us', collection: 'us_ofac_sdn' },
  'us-ofac-cons': {
    issuer: 'US',
    authority: 'Office of Foreign Assets Control (OFAC), Consolidated Sanctions List',
    country: 'us',
    collection: 'us_ofac_cons',
  },
  'eu-fsf': { issuer: 'EU', authority: 'European Union, Financial Sanctions Files', country: 'eu', collection: 'eu_fsf' },
  'gb-fcdo': { issuer: 'UK', authority: 'Foreign, Commonwealth & Development Office, UK Sanctions List', country: 'gb', collection: 'gb_fcdo_sanctions' },
  'un-sc': { issuer: 'UN', authority: 'United Nations Security Council', country: 'un', collection: 'un_sc_sanctions' },
  opensanctions: { authority: 'OpenSanctions' },
};

/**
 * Id of a file format we parse (`ofac-csv`, `eu-fsf-xml`…). The formats are whatever the list
 * sources registered in `src/ingest/lists/sources/` declare; the domain cannot import ingest, so
 * here a format is only a well-formed id, and ingest checks it against the registry at the edge
 * (`parseFormat`). Detection is by content (see `detectFormat`), `--format` overrides.
 */
export type ListFormat = string;
/** The shape of a format id: lowercase words joined by hyphens. */
export const LIST_FORMAT_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** What was designated. OFAC's untyped rows and EU "enterprise" map to `organisation`. */
export const ENTITY_KINDS = ['person', 'organisation', 'vessel', 'aircraft'] as const;
/** The kind of a designated entity. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * How a name is held: `primary` (the list's main spelling), `alias` (a.k.a., good quality),
 * `weak_alias` (OFAC "weak"/LowQuality, UN "Low", UK "Low quality a.k.a", EU "low quality" remarks),
 * `former` (f.k.a.; OFAC n.k.a. counts as an alias).
 */
export const NAME_KINDS = ['primary', 'alias', 'weak_alias', 'former'] as const;
/** Kind of a name. */
export type NameKind = (typeof NAME_KINDS)[number];

/** EDTF level 0/1 subset used for dates: `1954`, `1954-08`, `1954-08-30`, `1960~`, `1945/1947`. */
export const EDTF_PATTERN = /^(\d{4}(-\d{2}(-\d{2})?)?[~?%]?)(\/(\d{4}(-\d{2}(-\d{2})?)?[~?%]?))?$/;
/** An EDTF date string (see `EDTF_PATTERN`). */
export const EdtfSchema = z.string().regex(EDTF_PATTERN, 'an EDTF date such as 1954, 1954-08-30 or 1960~');
/** A plain ISO calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2023-01-21');

/** One name of a designated entity. `script` is ISO 15924 (`Latn`, `Cyrl`…); `language` ISO 639-3 where the list says. */
export const DesignationNameSchema = z.object({
  value: z.string().min(1),
  kind: z.enum(NAME_KINDS),
  script: z.string().optional(),
  language: z.string().optional(),
});
/** One name of a designated entity. */
export type DesignationName = z.infer<typeof DesignationNameSchema>;

/** A real identifier (passport, registration number, IMO…). OFAC "features" such as websites are not identifiers. */
export const IdentifierSchema = z.object({
  type: z.string().min(1),
  value: z.string().min(1),
  country: z.string().optional(),
  note: z.string().optional(),
});
/** An identifier of a designated entity. */
export type Identifier = z.infer<typeof IdentifierSchema>;

/** An address; `full` is always set (the parts joined with ", "), the parts when the list splits them. */
export const AddressSchema = z.object({
  full: z.string().min(1),
  street: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
  /** ISO 3166-1 alpha-2, upper case, where the list gives it. */
  countryCode: z.string().optional(),
});
/** An address of a designated entity. */
export type Address = z.infer<typeof AddressSchema>;

/** Information the list carries that is neither an identifier nor a name (OFAC "features" such as `Website`). */
export const OtherInfoSchema = z.object({ type: z.string(), value: z.string() });
/** Other information kept next to a designation. */
export type OtherInfo = z.infer<typeof OtherInfoSchema>;

/** One designation in one snapshot of one list. */
export const DesignationSchema = z.object({
  listSource: z.enum(LIST_SOURCES),
  /** The list's own stable id (OFAC ent_num/uid/FixedRef, EU logicalId, UK UniqueID, UN DATAID, FtM id). */
  sourceId: z.string().min(1),
  entityKind: z.enum(ENTITY_KINDS),
  /** Never empty; exactly one `primary` name comes first. */
  names: z.array(DesignationNameSchema).min(1),
  /** Programme tags as the list writes them (an OFAC programme, an EU regime code, a UK regime name, a UN list type). */
  programmes: z.array(z.string()),
  /** Legal acts cited (executive orders, EU regulation numbers, UK regulations); empty when unknown. */
  legalBasis: z.array(z.string()),
  /** Listing date when the list has one (`YYYY-MM-DD`); OFAC CSV and legacy XML have none. */
  listedOn: IsoDateSchema.optional(),
  identifiers: z.array(IdentifierSchema),
  addresses: z.array(AddressSchema),
  /** Birth dates as EDTF strings. */
  birthDates: z.array(EdtfSchema),
  birthPlaces: z.array(z.string()),
  /** Nationalities / citizenships as the list writes them (country names or ISO codes). */
  nationalities: z.array(z.string()),
  /** Titles and positions. */
  titles: z.array(z.string()),
  /** Free-text remarks, whole (OFAC spillover already joined). */
  remarks: z.string().optional(),
  otherInfo: z.array(OtherInfoSchema),
});
/** One designation in one snapshot of one list. */
export type Designation = z.infer<typeof DesignationSchema>;

/**
 * Field groups a snapshot actually covers. An OFAC CSV set imported without `alt.csv` has no
 * aliases beyond the weak ones in remarks, so diffs must not report every alias as removed.
 */
export const FIELD_GROUPS = ['names', 'addresses', 'remarks'] as const;
/** A field group that a snapshot may lack. */
export type FieldGroup = (typeof FIELD_GROUPS)[number];

/** One imported file (or OFAC CSV set): list source, format, publication date and content hash. */
export const ListSnapshotSchema = z.object({
  id: z.string().min(1),
  source: z.enum(LIST_SOURCES),
  format: z.string().regex(LIST_FORMAT_PATTERN, 'a list format id such as ofac-csv'),
  /** Publication date (`YYYY-MM-DD`) from the file, or `--as-of`; undefined when neither says. */
  published: IsoDateSchema.optional(),
  /** SHA-256 hex of the file bytes (for a CSV set: of the part hashes, in role order). */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Field groups missing from this snapshot (see `FIELD_GROUPS`). */
  missing: z.array(z.enum(FIELD_GROUPS)).default([]),
});
/** One imported file (or OFAC CSV set). */
export type ListSnapshot = z.infer<typeof ListSnapshotSchema>;

/** An empty designation skeleton, for mappers to fill. */
export function emptyDesignation(listSource: ListSource, sourceId: string, entityKind: EntityKind): Designation {
  return {
    listSource,
    sourceId,
    entityKind,
    names: [],
    programmes: [],
    legalBasis: [],
    identifiers: [],
    addresses: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    titles: [],
    otherInfo: [],
  };
}

/** The primary name's value; the first name when no name is marked primary; `''` when there are none. */
export function primaryName(designation: Pick<Designation, 'names'>): string {
  return (designation.names.find((n) => n.kind === 'primary') ?? designation.names[0])?.value ?? '';
}
