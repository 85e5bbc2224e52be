package io.industrypulse.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Fresh PostgreSQL databases for a test run on the server at localhost:5432: one per Spring test context (so contexts
 * with and without demo data do not see each other's rows), all dropped when the JVM ends. The server is reached as
 * {@code PG_TEST_USER} (default {@code postgres}, trust auth locally).
 */
public final class PostgresDatabase {

    static final String HOST = System.getenv().getOrDefault("PG_TEST_HOST", "localhost");
    static final String PORT = System.getenv().getOrDefault("PG_TEST_PORT", "5432");
    static final String USER = System.getenv().getOrDefault("PG_TEST_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("PG_TEST_PASSWORD", "");

    private static String databaseName;
    private static String unavailableReason;
    private static final java.util.List<String> created = new java.util.ArrayList<>();

    private PostgresDatabase() {}

    /** Whether a PostgreSQL server answers; creates this run's database on the first call. */
    public static synchronized boolean available() {
        if (databaseName == null && unavailableReason == null) {
            create();
        }
        return databaseName != null;
    }

    public static String unavailableReason() {
        return unavailableReason;
    }

    public static String url() {
        return url(databaseName);
    }

    /** Creates one more empty database for a new test context and returns its JDBC URL. */
    public static synchronized String newDatabaseUrl() {
        String name = databaseName + "_" + created.size();
        try (Connection admin = adminConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            created.add(name);
            return url(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
    }

    private static String url(String name) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static void create() {
        String name = "industrypulse_test_"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ProcessHandle.current().pid();
        try (Connection admin = adminConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            databaseName = name;
            created.add(name);
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::drop, "drop-test-database"));
        } catch (SQLException e) {
            unavailableReason = "PostgreSQL at " + HOST + ":" + PORT + " as " + USER + ": " + e.getMessage();
        }
    }

    private static void drop() {
        for (String name : created) {
            try (Connection admin = adminConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres?connectTimeout=5", USER, PASSWORD);
    }
}
