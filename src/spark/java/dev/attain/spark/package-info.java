/**
 * Evaluation on Apache Spark, for targets and outcomes that live in a cluster's tables
 * (Parquet, Hive, Iceberg, CSV): {@link dev.attain.spark.SparkTracker} joins each target to its
 * outcomes in Spark and judges it with Attain's own {@link dev.attain.eval.Evaluator} inside the
 * partitions, exactly; {@link dev.attain.spark.SparkEvaluations} holds one row per target, the
 * roll-up counts and the outcome rows no target names; {@link dev.attain.spark.SparkRows} gives the tables' columns and turns an
 * Attain {@code Dataset} into Spark rows.
 *
 * <p>Built only with the Maven profile {@code spark} ({@code mvn -Pspark verify}); Spark is a
 * {@code provided} dependency, brought by the cluster. The package uses the public API of
 * {@code dev.attain.eval}, {@code dev.attain.model} and {@code dev.attain.quantity} only.
 */
@NullMarked
package dev.attain.spark;

import org.jspecify.annotations.NullMarked;
