/** The shipped dataset's profile (data/belarus/dataset.json) and the programmes it names, for tests. */
import { readFileSync } from 'node:fs';
import { programmesOfProfile } from '../../src/analysis/list-diff/index.ts';
import { parseDatasetProfile } from '../../src/domain/dataset-profile.ts';

const FILE = new URL('../../data/belarus/dataset.json', import.meta.url).pathname;

export const SHIPPED_PROFILE = parseDatasetProfile(JSON.parse(readFileSync(FILE, 'utf8')), FILE);
export const SHIPPED_PROGRAMMES = programmesOfProfile(SHIPPED_PROFILE);
