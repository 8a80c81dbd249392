package dev.attain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on its embedded default, an H2 file, in a fresh folder for each test. */
class H2StoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    Store openStore() {
        return Store.open(dir.resolve("attain"));
    }

    @Override
    Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("attain").toAbsolutePath());
    }

    @Override
    List<String> childArguments() {
        return List.of("h2", dir.resolve("attain").toString());
    }

    @Test
    void open_makesTheFileNamedByThePath_andAnH2DataSourceReachesTheSameData() {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        assertThat(Files.exists(dir.resolve("attain.mv.db"))).isTrue();
        store.close();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("attain").toAbsolutePath());
        try (Store again = Store.of(ds)) {
            assertThat(again.dataset()).isEqualTo(StoreData.plan());
        }
    }
}
