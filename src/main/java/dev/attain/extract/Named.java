package dev.attain.extract;

import dev.attain.model.Period;
import java.util.List;

/**
 * What one figure of a sentence turned out to be, before the sentence's lists are settled and it
 * is told target or outcome.
 */
record Named(Hit hit, String name, List<String> parts, Combination combination, FigureKind kind, Period period) {
}
