/**
 * Countries are ISO 3166-1 alpha-2 codes; blocs and organisations that act like states in this
 * domain (the EU, the UN, the Holy See as `VA`) are codes too. Lists in CSV cells are `;`-separated.
 */
const CODE = /^[A-Z]{2}$/;

/** Extra codes that are not ISO 3166-1 countries but act as issuers or counterparts. */
export const BLOC_CODES = ['EU', 'UN'] as const;

/** True when `code` looks like an alpha-2 country code or a known bloc. */
export function isCountryCode(code: string): boolean {
  return CODE.test(code);
}

/** Splits a `;`-separated cell (`"UA;LT"`) into trimmed, non-empty parts. */
export function splitList(cell: string | undefined | null): string[] {
  if (!cell) return [];
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
