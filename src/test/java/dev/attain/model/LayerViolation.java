package dev.attain.model;

import dev.attain.eval.Status;

/**
 * A model class that uses eval, against the layers: it exists (in the test sources only) so that
 * {@code ArchitectureTest} can show its layer rule rejects such an arrow.
 */
final class LayerViolation {

    private LayerViolation() {}

    static Status status() {
        return Status.ACHIEVED;
    }
}
