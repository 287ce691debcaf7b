-- The timeline is read a page at a time in (date_start, id) order per kind (src/store/timeline.ts
-- loadTimelinePage): one index per kind table makes a page cost the same at any depth and size.
CREATE INDEX IF NOT EXISTS release_timeline_order ON release (date_start, id);
CREATE INDEX IF NOT EXISTS measure_timeline_order ON measure (date_start, id);
CREATE INDEX IF NOT EXISTS contact_timeline_order ON contact (date_start, id);
CREATE INDEX IF NOT EXISTS political_event_timeline_order ON political_event (date_start, id);
