-- What the web nodes of a cluster share besides the stores: ASP.NET Core's data-protection key ring (so a cookie or
-- form issued by one node is read by any other) and the content change log (so every node reloads the content
-- after a change made through any of them).
CREATE TABLE data_protection_key (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name text        NOT NULL UNIQUE,
    xml           text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE content_change (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  text        NOT NULL,
    description text        NOT NULL
);
