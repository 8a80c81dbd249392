package dev.attain.io;

import dev.attain.quantity.Tolerance;

/**
 * What binding needs to know about the file being read.
 *
 * @param file  the file's name for problems
 * @param yaml  whether the file is YAML, whose scalars are untyped: {@code period: 2022} is
 *     read as the text "2022"
 * @param tolerance  the tolerance of ABOUT and NEARLY figures
 */
record BindContext(String file, boolean yaml, Tolerance tolerance) {
}
