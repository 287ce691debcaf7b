// Regenerates the docs that are derived from code: docs/data-model.md.
import { writeFileSync } from 'node:fs';
import { renderDataModel } from '../src/domain/data-model-doc.ts';

writeFileSync(new URL('../docs/data-model.md', import.meta.url), renderDataModel());
console.log('wrote docs/data-model.md');
