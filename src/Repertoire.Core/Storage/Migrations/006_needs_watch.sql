-- The needs watch's events and counts, as the SQLite file DATA/needs-watch.db holds them, so that every node of a
-- cluster records into, and reads from, the same statistics. Hours, days and months stay the sortable texts of the
-- SQLite file ('2026-05-01T10', '2026-05-01', '2026-05'): the two stores then share their queries' shape, and a month
-- is a prefix of its days. need = '*' holds a month's searches (each once), need = '' those that named no need.
CREATE TABLE search_event (
    id             bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hour           text    NOT NULL,
    lang           text    NOT NULL,
    place          text    NOT NULL,
    results        integer NOT NULL,
    only_elsewhere integer NOT NULL,
    staff          integer NOT NULL
);
CREATE INDEX search_event_hour ON search_event (hour);

CREATE TABLE search_event_need (
    event_id bigint NOT NULL REFERENCES search_event (id) ON DELETE CASCADE,
    need     text   NOT NULL,
    PRIMARY KEY (event_id, need)
);

CREATE TABLE search_month (
    month          text    NOT NULL,
    lang           text    NOT NULL,
    place          text    NOT NULL,
    need           text    NOT NULL,
    staff          integer NOT NULL,
    searches       integer NOT NULL,
    nothing_found  integer NOT NULL,
    only_elsewhere integer NOT NULL,
    PRIMARY KEY (month, lang, place, need, staff)
);

CREATE TABLE search_text (
    day      text    NOT NULL,
    folded   integer NOT NULL,
    place    text    NOT NULL,
    text     text    NOT NULL,
    staff    integer NOT NULL,
    searches integer NOT NULL,
    PRIMARY KEY (day, folded, place, text, staff)
);
