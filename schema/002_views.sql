-- SPDX-License-Identifier: MIT
-- Views for the questions users ask most.

-- Each spillover with the moment it descends from, its first parent and its lag.
CREATE VIEW spillover_view AS
SELECT e.id, e.date_display, e.year, e.sort_key, e.decade, e.era, e.title_en, e.title_ja,
       s.category, s.status, s.lag_years,
       e.root_moment AS moment_id, m.title_en AS moment_title_en, m.title_ja AS moment_title_ja,
       (SELECT f.from_id FROM spillover_from f WHERE f.spillover_id = e.id AND f.ord = 0) AS from_id
FROM entry e
JOIN spillover s ON s.id = e.id
LEFT JOIN entry m ON m.id = e.root_moment;

-- Everything dated, in one chronological list (timelines).
CREATE VIEW timeline_row AS
SELECT id, type, date_text, date_display, year, sort_key, era, title_en, title_ja, summary_en, summary_ja,
       root_moment
FROM entry;
