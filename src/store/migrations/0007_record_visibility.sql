-- Unpublished and deleted records (src/domain/schema/record-kind.ts PRIVATE_FIELDS `visibility`;
-- soft delete by an admin, src/app/delete.ts). `visibility` is a declared field like any other;
-- `deleted_at`/`deleted_by` are store state a record never shows. Public reads (lists below
-- editor, the analyses, the timeline, screening, exports) skip rows that are either.
ALTER TABLE release ADD COLUMN IF NOT EXISTS visibility text, ADD COLUMN IF NOT EXISTS deleted_at timestamptz, ADD COLUMN IF NOT EXISTS deleted_by text;
ALTER TABLE measure ADD COLUMN IF NOT EXISTS visibility text, ADD COLUMN IF NOT EXISTS deleted_at timestamptz, ADD COLUMN IF NOT EXISTS deleted_by text;
ALTER TABLE contact ADD COLUMN IF NOT EXISTS visibility text, ADD COLUMN IF NOT EXISTS deleted_at timestamptz, ADD COLUMN IF NOT EXISTS deleted_by text;
ALTER TABLE political_event ADD COLUMN IF NOT EXISTS visibility text, ADD COLUMN IF NOT EXISTS deleted_at timestamptz, ADD COLUMN IF NOT EXISTS deleted_by text;
ALTER TABLE observation ADD COLUMN IF NOT EXISTS visibility text, ADD COLUMN IF NOT EXISTS deleted_at timestamptz, ADD COLUMN IF NOT EXISTS deleted_by text;
ALTER TABLE detention_case ADD COLUMN IF NOT EXISTS visibility text, ADD COLUMN IF NOT EXISTS deleted_at timestamptz, ADD COLUMN IF NOT EXISTS deleted_by text;
