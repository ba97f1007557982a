-- Leadledger schema, version 1. Forward-only: a later change is a new file,
-- never an edit of this one. Money columns end in _minor and hold integer
-- minor units of the reporting currency; dates are ISO 8601 text, which sorts.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE channels (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound'))
) STRICT;

CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    channel_id   INTEGER NOT NULL REFERENCES channels (id),
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    utm_source   TEXT,
    utm_medium   TEXT,
    utm_campaign TEXT
) STRICT;

CREATE TABLE tracking_numbers (
    number    TEXT PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE
) STRICT;

CREATE TABLE spend (
    id           INTEGER PRIMARY KEY,
    date         TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    category     TEXT NOT NULL CHECK (category IN ('advertising', 'labor', 'software',
                     'overhead', 'distribution', 'events', 'other')),
    source_id    INTEGER REFERENCES sources (id),
    campaign     TEXT,
    direction    TEXT CHECK (direction IN ('inbound', 'outbound', 'shared')),
    note         TEXT,
    -- Direction belongs to general spend only.
    CHECK (source_id IS NULL OR direction IS NULL)
) STRICT;
CREATE INDEX spend_date ON spend (date);

CREATE TABLE inquiries (
    rowid                 INTEGER PRIMARY KEY,
    id                    TEXT NOT NULL UNIQUE CHECK (length(trim(id)) > 0),
    received_at           TEXT NOT NULL,
    kind                  TEXT NOT NULL CHECK (kind IN ('call', 'rfq', 'email', 'web_form',
                              'walk_in', 'trade_show', 'other')),
    company               TEXT,
    contact               TEXT,
    phone                 TEXT,
    email                 TEXT,
    source_id             INTEGER NOT NULL REFERENCES sources (id),
    is_lead               INTEGER NOT NULL CHECK (is_lead IN (0, 1)),
    status                TEXT,
    estimated_value_minor INTEGER CHECK (estimated_value_minor >= 0),
    logged_by             TEXT,
    notes                 TEXT
) STRICT;
CREATE INDEX inquiries_received ON inquiries (received_at);

CREATE TABLE touchpoints (
    inquiry_rowid INTEGER NOT NULL REFERENCES inquiries (rowid) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    source_id     INTEGER NOT NULL REFERENCES sources (id),
    date          TEXT NOT NULL,
    PRIMARY KEY (inquiry_rowid, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE deals (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE CHECK (length(trim(id)) > 0),
    inquiry_id   TEXT REFERENCES inquiries (id) ON DELETE SET NULL ON UPDATE CASCADE,
    company      TEXT NOT NULL CHECK (length(trim(company)) > 0),
    quoted_at    TEXT,
    closed_at    TEXT,
    status       TEXT NOT NULL CHECK (status IN ('open', 'won', 'lost')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    lost_reason  TEXT,
    CHECK (status = 'open' OR closed_at IS NOT NULL),
    CHECK (quoted_at IS NULL OR closed_at IS NULL OR closed_at >= quoted_at)
) STRICT;
CREATE INDEX deals_closed ON deals (closed_at);
CREATE INDEX deals_inquiry ON deals (inquiry_id);

CREATE TABLE targets (
    year               INTEGER PRIMARY KEY,
    sales_target_minor INTEGER CHECK (sales_target_minor >= 0),
    lead_target        INTEGER CHECK (lead_target >= 0)
) STRICT;

CREATE TABLE traffic (
    month     TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-01'),
    source_id INTEGER NOT NULL REFERENCES sources (id),
    visitors  INTEGER NOT NULL CHECK (visitors >= 0),
    PRIMARY KEY (month, source_id)
) STRICT;
