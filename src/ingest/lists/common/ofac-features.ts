/**
 * OFAC overloads its "ID" fields with features that are not identifiers: `idType` in the legacy
 * XML (FORMATS.md §1.2: `Additional Sanctions Information -`, `Website`, `Email Address`,
 * `Former Vessel Flag`, …), `FeatureType` in the advanced XML (§1.3) and clauses in CSV remarks
 * (§1.1). This module decides which are identifiers; the others are kept as `otherInfo`. It also
 * holds the other facts the three OFAC formats share (legal basis of a programme, list of a file).
 */
import { basename } from 'node:path';
import type { ListSource } from '../../../domain/designation.ts';

/** Feature / idType labels that are never identifiers, as OFAC spells them. */
export const NON_IDENTIFIER_TYPES: ReadonlySet<string> = new Set([
  'Additional Sanctions Information -',
  'Executive Order 13662 Directive Determination -',
  'For more information, please see:',
  'Website',
  'Email Address',
  'Former Vessel Flag',
  'Other Vessel Flag',
  'Vessel Flag',
  'Nationality of Registration',
  'Registration Country',
  'Secondary sanctions risk:',
  'Gender',
  'Title',
  'Phone Number',
  'Telephone',
  'Fax',
  'Organization Established Date',
  'Organization Type:',
  'Target Type',
  'Linked To:',
  'IFCA Determination -',
  'CAATSA Section 235 Information:',
  'Executive Order 13846 information:',
  'PEESA Information:',
  'PAIPA Section 2 Information:',
  'Vessel Year of Build',
  'Vessel Owner',
  'Vessel Tonnage',
  'Vessel Gross Registered Tonnage',
  'VESSEL TYPE',
  'Other Vessel Type',
  'Aircraft Manufacture Date',
  'Aircraft Model',
  'Aircraft Operator',
  'Birthdate',
  'Place of Birth',
  'Nationality Country',
  'Citizenship Country',
  'Location',
]);

/** Patterns for families of non-identifier labels (directive dates and information notes). */
const NON_IDENTIFIER_PATTERN = /information|determination|^listing date|^effective date|transactions prohibited|please see/i;

/** True when an OFAC idType / FeatureType label names a real identifier (passport, registration number, SWIFT/BIC, IMO…). */
export function isIdentifierType(type: string): boolean {
  const t = type.trim();
  if (NON_IDENTIFIER_TYPES.has(t)) return false;
  return !NON_IDENTIFIER_PATTERN.test(t);
}

/**
 * Identifier labels that open a CSV remarks clause (`Passport 1234 (Colombia)`), longest first so
 * `Diplomatic Passport` wins over `Passport`. A clause with any other label is not an identifier.
 */
export const REMARK_IDENTIFIER_LABELS: readonly string[] = [
  'Vessel Registration Identification',
  "Aircraft Manufacturer's Serial Number (MSN)",
  'Aircraft Construction Number (also called L/N or S/N or F/N)',
  'Aircraft Mode S Transponder Code',
  'Aircraft Tail Number',
  'Previous Aircraft Tail Number',
  'Business Registration Document #',
  'Commercial Registry Number',
  'Government Gazette Number',
  'Public Registration Number',
  'Matricula Mercantil No',
  'Registered Charity No.',
  'Unified Social Credit Code (USCC)',
  'Chinese Commercial Code',
  'Stateless Person Passport',
  'Diplomatic Passport',
  'Electoral Registry No.',
  'National Foreign ID Number',
  'Personal ID Card',
  'Birth Certificate Number',
  'Identification Number',
  'Social Security Number',
  'Trade License No.',
  "Driver's License No.",
  'UK Company Number',
  'Company Number',
  'Registration Number',
  'Registration ID',
  'Legal Entity Number',
  'National ID No.',
  'Tax ID No.',
  'V.A.T. Number',
  'D-U-N-S Number',
  'Folio Mercantil No.',
  'Cedula No.',
  'Credencial electoral',
  'Refugee ID Card',
  'Residency Number',
  'Kenyan ID No.',
  'Bosnian Personal ID No.',
  'Immigration No.',
  'Equity Ticker',
  'MICEX Code',
  'UN/LOCODE',
  'BIK (RU)',
  'SWIFT/BIC',
  'C.U.R.P.',
  'R.F.C.',
  'D.N.I.',
  'Passport',
  'MMSI',
  'ISIN',
  'NIT #',
  'RUC #',
  'RIF #',
  'SSN',
  'Digital Currency Address - XBT',
  'Digital Currency Address - ETH',
  'Digital Currency Address - USDT',
  'Digital Currency Address - XMR',
  'Digital Currency Address - LTC',
  'Digital Currency Address - ZEC',
  'Digital Currency Address - DASH',
  'Digital Currency Address - BTG',
  'Digital Currency Address - ETC',
  'Digital Currency Address - BSV',
  'Digital Currency Address - BCH',
  'Digital Currency Address - XVG',
  'Digital Currency Address - XRP',
  'Digital Currency Address - TRX',
  'Digital Currency Address - USDC',
]
  .slice()
  .sort((a, b) => b.length - a.length);

/** Legal basis implied by an OFAC programme tag: `BELARUS` → EO 13405 (FORMATS.md §1), `X-EO14038` → EO 14038. */
export function ofacLegalBasis(programme: string): string | undefined {
  if (programme === 'BELARUS') return 'Executive Order 13405';
  const m = /-EO(\d{5})$/.exec(programme);
  return m ? `Executive Order ${m[1]}` : undefined;
}

/**
 * The OFAC list a file belongs to when the caller does not say: OFAC CSV and XML files look the
 * same for the SDN and consolidated lists, so `cons` in the file name means `us-ofac-cons`.
 */
export function ofacListSource(file: string): ListSource {
  return /cons/i.test(basename(file)) ? 'us-ofac-cons' : 'us-ofac-sdn';
}
