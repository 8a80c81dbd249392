/**
 * Plans and every publication of every figure in a relational database, over plain JDBC: the
 * embedded H2 file by default ({@link dev.attain.store.Store#open(java.nio.file.Path)}),
 * PostgreSQL or any H2 through a {@link javax.sql.DataSource}
 * ({@link dev.attain.store.Store#of}).
 *
 * <p>Outcomes are append-only (a revision is a new row), figures are kept exactly (bounds as SQL
 * decimals), every write is checked as a dataset file is and is all or nothing, and
 * {@link dev.attain.store.Store#datasetAsOf} answers "what was known on that date" from the
 * database. The schema is in SQL files named as Flyway names them, under
 * {@code db/attain/h2/} and {@code db/attain/postgresql/} on the class path; the project's
 * {@code store.md} describes it.
 *
 * <p>This package uses the model and {@code dev.attain.io} (for the dataset format's records
 * and checks) and nothing else of the project.
 */
@NullMarked
package dev.attain.store;

import org.jspecify.annotations.NullMarked;
