package dev.attain.cli;

/** A failure the command explains in one line, with the exit status it ends with. */
final class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;

    Failure(int code, String message) {
        super(message);
        this.code = code;
    }

    int code() {
        return code;
    }
}
