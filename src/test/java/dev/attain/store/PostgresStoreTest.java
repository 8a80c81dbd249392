package dev.attain.store;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store on a real PostgreSQL server (see {@link PostgresSupport}): every test of
 * {@link StoreContract}, each in a schema of its own, dropped afterwards.
 */
class PostgresStoreTest extends StoreContract {

    private String schema;

    @BeforeEach
    void createSchema() {
        schema = PostgresSupport.freshSchema("attain_test");
    }

    @AfterEach
    void dropSchema() throws Exception {
        closeStores();
        PostgresSupport.drop(schema);
    }

    @Override
    Store openStore() {
        return Store.of(PostgresSupport.dataSource(schema));
    }

    @Override
    Connection connect() throws Exception {
        return PostgresSupport.dataSource(schema).getConnection();
    }

    @Override
    List<String> childArguments() {
        return List.of("postgres", schema);
    }
}
