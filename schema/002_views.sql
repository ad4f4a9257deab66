-- SPDX-License-Identifier: MIT
-- Views for the questions users ask most.

-- Each spillover with the moment and response it descends from (its main line) and its lag.
CREATE VIEW spillover_view AS
SELECT e.id, e.date_display, e.precision, e.year, e.span_start, e.span_end, e.sort_key, e.decade, e.era, e.country, e.title_en, e.title_ja,
       s.category, s.status, s.lag_years,
       e.root_moment AS moment_id, m.title_en AS moment_title_en, m.title_ja AS moment_title_ja,
       s.root_response AS response_id, r.title_en AS response_title_en, r.title_ja AS response_title_ja
FROM entry e
JOIN spillover s ON s.id = e.id
LEFT JOIN entry m ON m.id = e.root_moment
LEFT JOIN entry r ON r.id = s.root_response;

-- Everything dated, in one chronological list (timelines).
CREATE VIEW timeline_row AS
SELECT id, type, date_text, date_display, year, sort_key, era, title_en, title_ja, summary_en, summary_ja,
       root_moment
FROM entry;
