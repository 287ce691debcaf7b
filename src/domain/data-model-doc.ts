/**
 * Renders docs/data-model.md from the record kinds declared in `schema/` (FollowTheMoney's
 * dump-model habit): the doc cannot drift from the code, and a test fails when the file is stale.
 * Regenerate with `npx tsx scripts/gen-docs.ts`.
 */
import { describeField } from './fields.ts';
import { RECORD_KINDS } from './schema/index.ts';

const DIAGRAM = `\`\`\`mermaid
erDiagram
  source ||--o{ release : cites
  source ||--o{ measure : cites
  source ||--o{ contact : cites
  source ||--o{ political_event : cites
  source ||--o{ observation : cites
  source ||--o{ detention_case : cites
  actor ||--o{ actor_name : "is written as"
  actor ||--o{ detention_case : "is detained in"
  detention_case ||--o{ case_recognition : "is recognised by (per counter)"
  release ||--o{ detention_case : "ends (named people)"
  release ||--o{ link : "is tied to"
  link }o--|| measure : "concession"
  link }o--|| contact : "engagement"
  list_snapshot ||--o{ designation : holds
  designation ||--o{ designation_name : "is written as"
  measure }o--o{ list_snapshot : "derived from a diff of"
  audit }o--|| source : "records changes to any record"
\`\`\``;

const PROSE = `# Data model

Generated from \`src/domain/schema/\` by \`npx tsx scripts/gen-docs.ts\`; a test fails when this
file is stale. Do not edit it by hand: edit the schema.

Every fact carries its **source** (URL, publisher, publication date) and an **evidence** note in our
own words. Sources are stored once (\`source\`, keyed by a hash of the URL) and referenced by id.
Dates are [EDTF](https://www.loc.gov/standards/datetime/) strings with their precision
(\`2025-12-13\` day, \`2025-12\` month, \`2025\` year, \`2025-33\` a quarter,
\`2025-12-01/2025-12-13\` an interval); the store keeps the first and last day covered
(\`date_start\`, \`date_end\`) next to the value as written. Countries and issuers are ISO 3166-1
alpha-2 codes plus \`EU\` and \`UN\` (and \`VA\` for the Holy See). Lists in CSV cells are
\`;\`-separated.

${DIAGRAM}

Tables beyond the importable kinds below:

- \`source\` — url, publisher, published, title, retrieved, licence.
- \`actor\` (person, organisation, state, bloc) and \`actor_name\` (value, script, language,
  romanisation system, kind: primary, alias, weak alias, former). A case creates its person.
- \`case_recognition\` — recognition as a political prisoner **per counter** (each rights group keeps its own list):
  status recognised / not recognised / withdrawn, with date and source. Never one boolean.
- \`link\` — a release tied to a measure or a contact, \`strong\` (a source names the link) or
  \`window\` (it falls in a stated window after it), with its source.
- \`list_snapshot\`, \`designation\`, \`designation_name\` — official sanctions lists (see docs/lists.md).
- \`audit\` — append-only: who, when, what, the record before and after. Imports add one row each;
  a changed record adds its before/after.

Releases may be **count-only**: rights groups often withhold names, so \`notable_people\` is optional
and a release's \`count\` never has to equal the number of named people.
`;

/** The whole docs/data-model.md text. */
export function renderDataModel(): string {
  const sections = RECORD_KINDS.map((kind) => {
    const rows = kind.fields.map((f) => `| \`${f.name}\` | ${f.required ? 'yes' : ''} | ${describeField(f)} | ${f.doc} |`);
    return `## ${kind.name} (\`${kind.file}\`, stats key \`${kind.plural}\`)

${kind.doc}

| field | required | accepts | meaning |
|---|---|---|---|
${rows.join('\n')}
`;
  });
  return `${PROSE}\n${sections.join('\n')}`;
}
