-- A search_event row stands for `searches` identical searches of its hour (same language, place, needs, number of
-- results and flags), written as one row to keep the writer's cost per search small. Rows written before stand for
-- one search each, the column's default.
ALTER TABLE search_event ADD COLUMN searches integer NOT NULL DEFAULT 1;
