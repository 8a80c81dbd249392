-- Attain store, schema version 2, for PostgreSQL: attain_outcome.source_id loses its foreign
-- key. The store finds or inserts every outcome's source in the same transaction before it
-- writes the outcome, and sources are never removed, so the database's check added nothing
-- but its cost: a trigger a row, about a third of the server's time in a COPY of 1,000,000
-- outcomes (see README, Performance). attain_outcome.indicator and batch_id had none already,
-- for the same reason.

ALTER TABLE attain_outcome DROP CONSTRAINT IF EXISTS attain_outcome_source_id_fkey;

INSERT INTO attain_schema_version (version, description)
    VALUES (2, 'attain_outcome.source_id without a foreign key: the store checks it');
