/**
 * OFAC CSV set: a primary table plus optional side tables (add, alt, comments) that attach to it as companions.
 */
import type { ListSourceDescriptor } from '../../types.ts';
import { events } from './map.ts';
import { ofacCsvRole, reader, type OfacCsvEntry } from './parse.ts';
import { ofacListSource } from '../../common/ofac-features.ts';
import type { FieldGroup } from '../../../../domain/designation.ts';

/** The `ofac-csv` list source. */
export const ofacCsv: ListSourceDescriptor<OfacCsvEntry> = {
  format: 'ofac-csv',
  label: 'OFAC CSV set (sdn.csv / cons_prim.csv with add, alt and comments tables)',
  publisher: 'US Treasury, Office of Foreign Assets Control (OFAC)',
  spec: 'FORMATS.md §1.1',
  defaultSource: ofacListSource,
  sniff: reader.sniff,
  records: reader.records,
  events,
  undated: true,
  companions: {
    role: ofacCsvRole,
    primary: 'prim',
    order: ['prim', 'add', 'alt', 'comments'],
    orphan: 'OFAC add/alt/comments table without its primary sdn.csv / cons_prim.csv in the same command',
    // Without alt.csv a set has no aliases beyond the weak ones in remarks; without add.csv no addresses.
    missing: (roles) => [...(roles.has('alt') ? [] : ['names' as FieldGroup]), ...(roles.has('add') ? [] : ['addresses' as FieldGroup])],
  },
};
