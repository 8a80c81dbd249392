package dev.attain.cli;

import dev.attain.store.Store;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** Opens the store a {@code --db} option names: a JDBC URL, the user by option, the password from the environment. */
final class Databases {

    /** The environment variable that holds the database password, never given on the command line. */
    static final String PASSWORD = "ATTAIN_DB_PASSWORD";

    private Databases() {
    }

    /** The URL without its query, which may hold credentials. */
    static String shown(String url) {
        int q = url.indexOf('?');
        int semi = url.indexOf(';');
        int cut = q < 0 ? semi : semi < 0 ? q : Math.min(q, semi);
        return cut < 0 ? url : url.substring(0, cut);
    }

    static Store open(String url, @Nullable String user, Map<String, String> env) {
        if (!url.startsWith("jdbc:")) {
            throw new Failure(Attain.USAGE, "--db takes a JDBC URL such as jdbc:h2:file:./attain or"
                    + " jdbc:postgresql://localhost:5432/attain, not '" + url + "'");
        }
        Properties info = new Properties();
        if (user != null) {
            info.setProperty("user", user);
        }
        String password = env.get(PASSWORD);
        if (password != null) {
            info.setProperty("password", password);
        }
        return Store.open(url, info);
    }
}
