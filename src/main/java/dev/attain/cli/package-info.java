/**
 * The {@code attain} command: Attain on one's own data without writing Java.
 *
 * <pre>
 * java -jar attain-&lt;version&gt;-cli.jar check plan.json outcomes/
 * java -jar attain-&lt;version&gt;-cli.jar evaluate plan.json --as-of 2023-06-30 --format html --out card.html
 * java -jar attain-&lt;version&gt;-cli.jar stream targets.csv
 * </pre>
 *
 * <p>{@link dev.attain.cli.Attain} is the entry point; each command is a class of its own
 * ({@code check}, {@code evaluate}, {@code stream}, {@code import}, {@code extract}). The command line is parsed by picocli, an
 * optional dependency of the library: the runnable jar {@code attain-<version>-cli.jar}, built by
 * {@code mvn package}, bundles it, while code that embeds the library does not inherit it. This
 * package sits above every other: it uses the facade, io, report, stream, store and extract, and nothing uses it.
 *
 * <p>Exit statuses: {@value dev.attain.cli.Attain#OK} success; {@value dev.attain.cli.Attain#PROBLEMS}
 * the data has problems (listed, each located); {@value dev.attain.cli.Attain#USAGE} a bad command
 * line; {@value dev.attain.cli.Attain#IO} a file or database that cannot be read or written;
 * {@value dev.attain.cli.Attain#INTERNAL} a fault of Attain itself. Errors are one line on standard
 * error; {@code --verbose} adds the stack trace.
 */
@NullMarked
package dev.attain.cli;

import org.jspecify.annotations.NullMarked;
