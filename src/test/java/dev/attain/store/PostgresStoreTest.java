package dev.attain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    @Test
    void storesInTwoSchemasOfOneDatabase_eachGetTheirOwnTables() throws Exception {
        store().put(StoreData.plan(), "plan"); // this test's schema now holds the tables
        String other = PostgresSupport.freshSchema("attain_other");
        try (Store second = Store.of(PostgresSupport.dataSource(other))) {
            assertThat(second.isEmpty()).isTrue();
            second.put(StoreData.everything(), "the other schema");
            assertThat(second.dataset()).isEqualTo(StoreData.everything());
        } finally {
            PostgresSupport.drop(other);
        }
        assertThat(store().dataset()).isEqualTo(StoreData.plan());
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
