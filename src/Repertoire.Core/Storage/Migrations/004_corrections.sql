-- Visitors' reports, staff decisions and the audit trail, as the SQLite file DATA/corrections.db holds them. A report
-- or a decision and its audit row are written in one transaction (PostgresCorrectionStore).
CREATE TABLE correction (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    listing_id        text        NOT NULL,
    basin             text        NULL,
    field             text        NOT NULL,
    language          text        NOT NULL,
    problem           text        NOT NULL,
    proposed          text        NOT NULL,
    email             text        NULL,
    current_at_report text        NULL,
    reported_at       timestamptz NOT NULL,
    status            text        NOT NULL CHECK (status IN ('open', 'to-contact', 'accepted', 'rejected')),
    decided_by        text        NULL,
    decided_at        timestamptz NULL,
    decision_note     text        NULL,
    applied_value     text        NULL
);
CREATE INDEX correction_status ON correction (status, reported_at);
CREATE INDEX correction_listing ON correction (listing_id);

CREATE TABLE audit_event (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            timestamptz NOT NULL,
    actor         text        NOT NULL,
    action        text        NOT NULL,
    kind          text        NOT NULL,
    subject       text        NOT NULL,
    basin         text        NULL,
    field         text        NULL,
    before_value  text        NULL,
    after_value   text        NULL,
    note          text        NULL,
    correction_id bigint      NULL REFERENCES correction (id)
);
CREATE INDEX audit_event_subject ON audit_event (kind, subject);
CREATE INDEX audit_event_actor ON audit_event (lower(actor));
