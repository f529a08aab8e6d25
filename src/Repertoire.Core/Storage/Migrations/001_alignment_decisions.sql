-- The alignment decisions and their log, as the SQLite file holds them.
CREATE TABLE alignment_decision (
    bruxelles_social_id text        NOT NULL,
    sociale_kaart_id    text        NOT NULL,
    verdict             text        NULL CHECK (verdict IN ('confirmed', 'rejected')),
    note                text        NULL,
    decided_by          text        NOT NULL,
    decided_at          timestamptz NOT NULL,
    PRIMARY KEY (bruxelles_social_id, sociale_kaart_id)
);
CREATE INDEX alignment_decision_sk ON alignment_decision (sociale_kaart_id);

CREATE TABLE alignment_decision_log (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bruxelles_social_id text        NOT NULL,
    sociale_kaart_id    text        NOT NULL,
    action              text        NOT NULL,
    note                text        NULL,
    decided_by          text        NOT NULL,
    decided_at          timestamptz NOT NULL
);
CREATE INDEX alignment_decision_log_pair ON alignment_decision_log (bruxelles_social_id, sociale_kaart_id, id);
