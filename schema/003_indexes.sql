-- SPDX-License-Identifier: MIT
-- Secondary indexes for the relational questions (links in both directions).
-- A build creates them after loading the rows (store::creates_indexes: *_indexes.sql).
CREATE INDEX entry_root_moment ON entry (root_moment);
CREATE INDEX entry_sort_key ON entry (sort_key);
CREATE INDEX response_moment ON response (moment_id);
CREATE INDEX spillover_from_parent ON spillover_from (from_id);
CREATE INDEX analogy_from ON analogy (from_id);
CREATE INDEX analogy_to ON analogy (to_id);
CREATE INDEX citation_source ON citation (source_id);
