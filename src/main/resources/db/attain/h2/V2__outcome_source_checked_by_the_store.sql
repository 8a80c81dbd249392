-- Attain store, schema version 2, for H2: attain_outcome.source_id loses its foreign key, as
-- on PostgreSQL. The store finds or inserts every outcome's source in the same transaction
-- before it writes the outcome, and sources are never removed, so the database's check added
-- nothing but its cost. H2 named the constraint itself (CONSTRAINT_…), so the column is
-- rebuilt without it: copied, dropped, and the copy renamed; the values stay.

ALTER TABLE attain_outcome ADD COLUMN source_ref BIGINT;

UPDATE attain_outcome SET source_ref = source_id;

ALTER TABLE attain_outcome DROP COLUMN source_id;

ALTER TABLE attain_outcome ALTER COLUMN source_ref RENAME TO source_id;

INSERT INTO attain_schema_version (version, description)
    VALUES (2, 'attain_outcome.source_id without a foreign key: the store checks it');
