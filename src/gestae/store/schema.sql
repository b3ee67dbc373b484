-- gestae store: documents, their sentences and the events coded from them.
-- The same schema serves DuckDB (embedded) and, later, PostgreSQL (server).
CREATE TABLE IF NOT EXISTS documents (
    doc_id      VARCHAR PRIMARY KEY,
    checksum    VARCHAR NOT NULL,
    pub_date    DATE,
    lang        VARCHAR,
    title       VARCHAR,
    url         VARCHAR,
    origin      VARCHAR,
    status      VARCHAR NOT NULL,       -- coded | skipped
    note        VARCHAR,
    text        VARCHAR NOT NULL,
    coded_at    TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS sentences (
    doc_id      VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    stop_char   INTEGER NOT NULL,
    commentary  BOOLEAN NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR PRIMARY KEY,
    doc_id          VARCHAR NOT NULL,
    date            DATE,
    date_source     VARCHAR,
    source          VARCHAR NOT NULL,
    source_country  VARCHAR,
    source_role     VARCHAR,
    source_name     VARCHAR,
    target          VARCHAR NOT NULL,
    target_country  VARCHAR,
    target_role     VARCHAR,
    target_name     VARCHAR,
    code            VARCHAR NOT NULL,
    root            VARCHAR NOT NULL,
    name            VARCHAR,
    quad_class      INTEGER,
    goldstein       DOUBLE,
    plover          VARCHAR,
    plover_mode     VARCHAR,
    confidence      DOUBLE,
    sentence        VARCHAR,
    sentence_start  INTEGER,
    trigger         VARCHAR,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    rule            VARCHAR,
    lang            VARCHAR,
    source_reason   VARCHAR,
    target_reason   VARCHAR,
    modality        VARCHAR,
    reciprocal      BOOLEAN,
    confidence_basis VARCHAR            -- JSON: the features the confidence rests on
);
-- a store made before the column existed gains it (empty for its old events)
ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence_basis VARCHAR;
