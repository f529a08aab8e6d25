-- Failed staff sign-ins, by client address ('ip:...') and by account name ('user:...'), so that every node of a
-- cluster counts the same failures. Rows older than the throttle's window are deleted as new ones are written.
CREATE TABLE sign_in_failure (
    key text        NOT NULL,
    at  timestamptz NOT NULL
);
CREATE INDEX sign_in_failure_key ON sign_in_failure (key, at);
CREATE INDEX sign_in_failure_at ON sign_in_failure (at);
