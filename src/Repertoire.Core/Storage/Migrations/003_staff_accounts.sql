-- Staff accounts as the SQLite file holds them: PBKDF2 hashes, role, basins (comma-separated basin ids), the
-- disabled flag and the security stamp whose change ends the account's sessions on every node. User names are unique
-- whatever their case, as SQLite's COLLATE NOCASE made them.
CREATE TABLE staff_account (
    user_name      text        NOT NULL,
    password_hash  text        NOT NULL,
    created_at     timestamptz NOT NULL,
    is_admin       boolean     NOT NULL DEFAULT false,
    basins         text        NOT NULL DEFAULT '',
    disabled       boolean     NOT NULL DEFAULT false,
    security_stamp text        NOT NULL
);
CREATE UNIQUE INDEX staff_account_name ON staff_account (lower(user_name));
