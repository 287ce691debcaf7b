/**
 * A dataset profile: what is particular to one country's dataset, as data (`data/<country>/dataset.json`),
 * so the code holds no country's dates, names or programmes. The analyses receive it on the
 * registry (`Registry.profile`) and use it for their defaults; every field is optional to them, so
 * a dataset without a profile still runs, with defaults read off its own records.
 */
import { z } from 'zod';
import { LeverageError } from './errors.ts';
import { parseEdtf } from './types/edtf-date.ts';

const edtf = z.string().refine((s) => parseEdtf(s) !== undefined, 'an EDTF date such as 2025-12-13, 2025-12 or 2025');
const month = z.string().refine((s) => parseEdtf(s)?.precision === 'month', 'a month such as 2025-12');
const day = z.string().refine((s) => parseEdtf(s)?.precision === 'day' && !/[?~%]/.test(s), 'a day such as 2025-12-13');

/** The declaration of `dataset.json`; each field says who reads it. */
export const datasetProfileSchema = z
  .object({
    /** The country whose prisoners the dataset counts: ISO 3166-1 alpha-2 code and English name. */
    country: z.object({ code: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'), name: z.string().min(1) }).strict(),
    /**
     * The primary counter (`source_org` of the stock and inflow rows) and what its metrics mean in
     * its own practice. The analyses use `name` as the default counter.
     */
    counter: z
      .object({
        name: z.string().min(1),
        definitions: z.record(z.string(), z.string().min(1)).default({}),
      })
      .strict(),
    /** Actor labels that stand for the releasing state in `contacts` (its code, its leader's name): the ledger and event study read the regime side with them. */
    regime: z.array(z.string().min(1)).min(1).optional(),
    /** Recurring days on which pardons are customarily announced (`MM-DD`), for reading releases; not yet read by an analysis. */
    holiday_pardons: z
      .array(z.object({ month_day: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD'), label: z.string().min(1) }).strict())
      .default([]),
    /** Dates where the process changes (an election, a crackdown, a thaw), each naming the political event behind it; not yet read by an analysis. */
    breaks: z.array(z.object({ date: edtf, event_id: z.string().min(1).optional(), label: z.string().min(1) }).strict()).default([]),
    /** What the findings report shows (`leverage analyse report`). */
    report: z
      .object({
        /** Windows of the refill ratio and the stock-flow identity, as [from, to] EDTF dates. */
        refill_windows: z.array(z.tuple([edtf, edtf])).default([]),
        /** Months whose largest release gets a replacement time. */
        replacement_months: z.array(month).default([]),
        /** The ledger's period. */
        ledger: z.object({ from: edtf, to: edtf }).strict().optional(),
      })
      .strict()
      .default({}),
    /** The simulator's backtest: last day of data used for calibration, last month checked. */
    backtest: z.object({ cut: day, to: month }).strict().optional(),
    /** The dashboard's default period. */
    dashboard: z.object({ from: day, to: day }).strict().optional(),
    /**
     * Sanctions programmes aimed at the country, by issuer, as each list writes its tags (OFAC
     * programme, EU regime code, UK regime name), with the legal act behind each where known. The
     * list diff derives measures for these programmes only.
     */
    programmes: z
      .array(
        z
          .object({
            issuer: z.string().min(1),
            tag: z.string().min(1),
            legal_act: z.string().min(1).optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** A validated dataset profile. */
export type DatasetProfile = z.infer<typeof datasetProfileSchema>;

/**
 * Validates a parsed `dataset.json`. Throws `LeverageError('invalid_value')` naming the first bad
 * field (its JSON path) and what was expected; `file` goes into the error's location.
 */
export function parseDatasetProfile(value: unknown, file?: string): DatasetProfile {
  const r = datasetProfileSchema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const path = issue.path.join('.') || '(root)';
  throw new LeverageError('invalid_value', `dataset profile: ${path}: ${issue.message}`, { location: file ? { file } : undefined, expected: issue.message });
}

/** True when `programme` (a tag as a list writes it) is one of the profile's programmes. Tags compare case-insensitively. */
export function isProfileProgramme(profile: Pick<DatasetProfile, 'programmes'>, programme: string): boolean {
  const tag = programme.toUpperCase();
  return profile.programmes.some((p) => p.tag.toUpperCase() === tag);
}
