package dev.attain.store;

/**
 * A store could not do what was asked: the database failed or refused (its message is kept),
 * holds a schema this version does not know, or holds rows that do not make the records they
 * describe.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  what failed, naming the operation and the record where known, not null
     * @param cause  the cause, such as a {@link java.sql.SQLException}, or null
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception.
     *
     * @param message  what failed, not null
     */
    public StoreException(String message) {
        super(message);
    }
}
