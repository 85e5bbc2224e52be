package io.industrypulse.bench;

import io.industrypulse.engine.Engine;
import io.industrypulse.engine.EngineInput;
import io.industrypulse.engine.EngineResult;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.Rows;
import io.industrypulse.engine.SyntheticCity;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * DESIGN.md section 7, side by side: the engine against one SQL query on PostgreSQL and on DuckDB over the same seeded
 * rows ({@link SyntheticCity}, as in the JMH benchmark). The query computes only the cumulative growth and pull (within
 * the county) of every county x division for the latest month; the engine computes all standard results. Loading is
 * timed separately and not counted. Run by {@code bench/compare.sh}; see bench/README.md.
 *
 * <p>Arguments: {@code [enterprises=50000] [warmup=5] [iterations=9]}. PostgreSQL on {@code PG_TEST_HOST:PG_TEST_PORT}
 * (default localhost:5432) as {@code PG_TEST_USER}/{@code PG_TEST_PASSWORD} (default postgres, no password); the
 * scratch database {@code industrypulse_bench} is created and dropped.
 */
public final class CompareSql {

    static final long SEED = 2025;
    static final int LAST_MONTH = 11;
    static final String DATABASE = "industrypulse_bench";
    static final double TOLERANCE = 1e-9;

    /** One query, the same text for both databases. Periods 12..11+M are January..M of the current year. */
    static final String QUERY = """
            WITH cd AS (
              SELECT r.county, r.division,
                     sum(r.output * v.ratio / (p.ppi / 100)) AS c,
                     sum(r.output_ly * v.ratio) AS a
              FROM bench_rows r
              JOIN bench_va v ON v.division = r.division
              JOIN bench_ppi p ON p.division = r.division AND p.month = r.period - 11
              WHERE r.period BETWEEN 12 AND %d
              GROUP BY r.county, r.division)
            SELECT county, division,
                   CASE WHEN a > 0 THEN (c / a - 1) * 100 END AS growth,
                   (c - a) / NULLIF(sum(a) OVER (PARTITION BY county), 0) * 100 AS pull
            FROM cd
            ORDER BY county, division
            """.formatted(11 + LAST_MONTH);

    static final String[] SCHEMA = {
        "CREATE TABLE bench_rows (period INTEGER, enterprise INTEGER, county INTEGER, division INTEGER,"
                + " output DOUBLE PRECISION, output_ly DOUBLE PRECISION)",
        "CREATE TABLE bench_va (division INTEGER PRIMARY KEY, ratio DOUBLE PRECISION)",
        "CREATE TABLE bench_ppi (month INTEGER, division INTEGER, ppi DOUBLE PRECISION, PRIMARY KEY (month, division))"
    };

    private CompareSql() {}

    public static void main(String[] args) throws Exception {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 9;

        long t0 = System.nanoTime();
        EngineInput input = SyntheticCity.generate(SEED, enterprises, LAST_MONTH);
        System.out.printf(
                Locale.ROOT,
                "rows: %,d (%,d enterprises x up to 23 months, seed %d), generated in %.0f ms%n",
                input.rows().size(),
                enterprises,
                SEED,
                ms(System.nanoTime() - t0));
        System.out.printf(
                Locale.ROOT,
                "JVM: %s %s, %d processors, max heap %d MiB%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "warm-up %d, measured %d, median reported%n%n", warmup, iterations);

        // the machine's own limit: every byte of the engine's columns read once, on every core, summed
        double[] checksum = new double[1];
        double readMs = measure("sequential read", warmup, iterations, () -> checksum[0] = readAll(input.rows()));
        EngineResult[] engineResult = new EngineResult[1];
        double engineMs = measure("engine", warmup, iterations, () -> engineResult[0] = Engine.compute(input));
        double[][] fromEngine = fromEngine(engineResult[0], input.countyCount(), input.divisionCount());

        double duckMs;
        double duckOneThreadMs;
        double[][][] fromDuck = new double[1][][];
        String[] duckThreads = new String[1];
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            long load = System.nanoTime();
            loadDuckDb((DuckDBConnection) duck, input);
            try (Statement statement = duck.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT version(), current_setting('threads'), current_setting('memory_limit')")) {
                rs.next();
                duckThreads[0] = rs.getString(2);
                System.out.printf(
                        "duckdb: version=%s, threads=%s, memory_limit=%s%n",
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3));
            }
            System.out.printf(
                    Locale.ROOT, "duckdb: loaded (Appender) in %.0f ms, not counted%n", ms(System.nanoTime() - load));
            duckMs = measure("duckdb", warmup, iterations, () -> fromDuck[0] = query(duck, input));
            // and on one thread, for a per-core comparison
            try (Statement statement = duck.createStatement()) {
                statement.execute("SET threads = 1");
            }
            duckOneThreadMs = measure("duckdb (1 thread)", warmup, iterations, () -> query(duck, input));
        }

        double postgresMs;
        double[][][] fromPostgres = new double[1][][];
        String host = System.getenv().getOrDefault("PG_TEST_HOST", "localhost");
        String port = System.getenv().getOrDefault("PG_TEST_PORT", "5432");
        String user = System.getenv().getOrDefault("PG_TEST_USER", "postgres");
        String password = System.getenv().getOrDefault("PG_TEST_PASSWORD", "");
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password)) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            try {
                try (Connection pg = DriverManager.getConnection(server + DATABASE, user, password)) {
                    System.out.println("postgresql: " + settings(pg));
                    long load = System.nanoTime();
                    loadPostgres(pg, input);
                    long copied = System.nanoTime();
                    try (Statement statement = pg.createStatement()) {
                        statement.execute("VACUUM (FREEZE, ANALYZE)");
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "postgresql: loaded (COPY) in %.0f ms + VACUUM (FREEZE, ANALYZE) %.0f ms, not counted%n",
                            ms(copied - load),
                            ms(System.nanoTime() - copied));
                    postgresMs = measure("postgresql", warmup, iterations, () -> fromPostgres[0] = query(pg, input));
                }
            } finally {
                try (Statement statement = admin.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
                }
            }
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "engine      %10.1f ms  (all standard results)%n", engineMs);
        System.out.printf(
                Locale.ROOT,
                "postgresql  %10.1f ms  (one query)  postgresql/engine = %.1f%n",
                postgresMs,
                postgresMs / engineMs);
        System.out.printf(
                Locale.ROOT, "duckdb      %10.1f ms  (one query)  duckdb/engine     = %.1f%n", duckMs, duckMs / engineMs);
        System.out.printf(
                Locale.ROOT,
                "duckdb 1 thr %9.1f ms  (one query)  duckdb1/engine    = %.1f%n",
                duckOneThreadMs,
                duckOneThreadMs / engineMs);
        long bytes = 32L * input.rows().size(); // four int and two double columns
        System.out.printf(
                Locale.ROOT,
                "read        %10.1f ms  (the %,d MB of the rows' columns once, %d cores: %.1f GB/s; checksum %.0f)%n",
                readMs,
                bytes / 1_000_000,
                Runtime.getRuntime().availableProcessors(),
                bytes / readMs / 1e6,
                checksum[0]);
        System.out.printf(
                Locale.ROOT,
                "engine reads at %.1f GB/s = %.0f%% of the sequential read bandwidth%n",
                bytes / engineMs / 1e6,
                100 * readMs / engineMs);
        System.out.printf(Locale.ROOT, "engine / duckdb (%s threads) = %.2f%n", duckThreads[0], engineMs / duckMs);
        System.out.println();
        boolean agree = check(fromEngine, fromPostgres[0], fromDuck[0], input.countyCount(), input.divisionCount());
        if (!agree) {
            System.exit(1);
        }
    }

    /** Sums every column of the rows in chunks on every core: the bytes the engine's pass reads, read once. */
    static double readAll(Rows rows) {
        int n = rows.size();
        int chunk = 1 << 18;
        return java.util.stream.IntStream.range(0, (n + chunk - 1) / chunk)
                .parallel()
                .mapToDouble(c -> {
                    long ints = 0;
                    double doubles = 0;
                    for (int i = c * chunk, end = Math.min(n, (c + 1) * chunk); i < end; i++) {
                        ints += rows.period()[i] + rows.enterprise()[i] + rows.county()[i] + rows.division()[i];
                        doubles += rows.output()[i] + rows.outputLy()[i];
                    }
                    return ints + doubles;
                })
                .sum();
    }

    /** Runs {@code task} warmup + iterations times, prints every measured time and returns the median in ms. */
    static double measure(String name, int warmup, int iterations, Callable<?> task) throws Exception {
        for (int i = 0; i < warmup; i++) {
            task.call();
        }
        double[] times = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            task.call();
            times[i] = ms(System.nanoTime() - start);
        }
        StringBuilder all = new StringBuilder();
        for (double time : times) {
            all.append(String.format(Locale.ROOT, " %.1f", time));
        }
        Arrays.sort(times);
        double median = iterations % 2 == 1
                ? times[iterations / 2]
                : (times[iterations / 2 - 1] + times[iterations / 2]) / 2;
        System.out.printf(Locale.ROOT, "%s: median %.1f ms; runs (ms):%s%n", name, median, all);
        return median;
    }

    /** [county * divisions + division] -> {growth, pull}; null where the group has no rows; NaN where undefined. */
    static double[][] fromEngine(EngineResult result, int counties, int divisions) {
        double[][] figures = new double[counties * divisions][];
        for (int k = 0; k < counties; k++) {
            for (int d = 0; d < divisions; d++) {
                Optional<GroupResult> group = result.countyDivision(k, d);
                if (group.isPresent()) {
                    MonthFigures month = group.get().month(result.lastMonth());
                    figures[k * divisions + d] = new double[] {nan(month.cumGrowth()), nan(month.pullCum())};
                }
            }
        }
        return figures;
    }

    static double[][] query(Connection connection, EngineInput input) throws SQLException {
        int divisions = input.divisionCount();
        double[][] figures = new double[input.countyCount() * divisions][];
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                double growth = rows.getDouble(3);
                if (rows.wasNull()) {
                    growth = Double.NaN;
                }
                double pull = rows.getDouble(4);
                if (rows.wasNull()) {
                    pull = Double.NaN;
                }
                figures[rows.getInt(1) * divisions + rows.getInt(2)] = new double[] {growth, pull};
            }
        }
        return figures;
    }

    /** Compares every county x division; prints a few groups and the largest difference. */
    static boolean check(double[][] engine, double[][] postgres, double[][] duck, int counties, int divisions) {
        double worst = 0;
        boolean same = true;
        for (int i = 0; i < engine.length; i++) {
            if (engine[i] == null || postgres[i] == null || duck[i] == null) {
                same &= engine[i] == null && postgres[i] == null && duck[i] == null;
                continue;
            }
            for (int j = 0; j < 2; j++) {
                double e = engine[i][j];
                for (double other : new double[] {postgres[i][j], duck[i][j]}) {
                    if (Double.isNaN(e) || Double.isNaN(other)) {
                        same &= Double.isNaN(e) && Double.isNaN(other);
                    } else {
                        worst = Math.max(worst, Math.abs(e - other));
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT, "check, cumulative Jan-%d (growth %%, pull pp within the county):%n", LAST_MONTH);
        int[][] samples = {{0, 0}, {3, 7}, {7, 19}, {counties - 1, divisions - 1}};
        for (int[] sample : samples) {
            int i = sample[0] * divisions + sample[1];
            System.out.printf(
                    Locale.ROOT,
                    "  county %2d x division %2d  growth: engine %.9f pg %.9f duckdb %.9f;"
                            + "  pull: engine %.9f pg %.9f duckdb %.9f%n",
                    sample[0],
                    sample[1],
                    at(engine, i, 0),
                    at(postgres, i, 0),
                    at(duck, i, 0),
                    at(engine, i, 1),
                    at(postgres, i, 1),
                    at(duck, i, 1));
        }
        boolean agree = same && worst <= TOLERANCE;
        System.out.printf(
                Locale.ROOT,
                "  all %d county x division groups: largest difference %.2e, %s (tolerance %.0e)%n",
                Arrays.stream(engine).filter(g -> g != null).count(),
                worst,
                agree ? "AGREE" : "DISAGREE",
                TOLERANCE);
        return agree;
    }

    static void loadDuckDb(DuckDBConnection duck, EngineInput input) throws SQLException {
        try (Statement statement = duck.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        }
        Rows rows = input.rows();
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "bench_rows")) {
            for (int i = 0; i < rows.size(); i++) {
                appender.beginRow()
                        .append(rows.period()[i])
                        .append(rows.enterprise()[i])
                        .append(rows.county()[i])
                        .append(rows.division()[i])
                        .append(rows.output()[i])
                        .append(rows.outputLy()[i])
                        .endRow();
            }
        }
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "bench_va")) {
            for (int d = 0; d < input.divisionCount(); d++) {
                appender.beginRow().append(d).append(input.vaRatioCurrent()[d]).endRow();
            }
        }
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "bench_ppi")) {
            for (int m = 0; m < 12; m++) {
                for (int d = 0; d < input.divisionCount(); d++) {
                    appender.beginRow().append(m + 1).append(d).append(input.ppi()[m][d]).endRow();
                }
            }
        }
    }

    static void loadPostgres(Connection pg, EngineInput input) throws SQLException {
        try (Statement statement = pg.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        }
        var copy = pg.unwrap(PGConnection.class).getCopyAPI();
        Rows rows = input.rows();
        CopyIn in = copy.copyIn("COPY bench_rows FROM STDIN");
        StringBuilder text = new StringBuilder(1 << 20);
        for (int i = 0; i < rows.size(); i++) {
            text.append(rows.period()[i])
                    .append('\t')
                    .append(rows.enterprise()[i])
                    .append('\t')
                    .append(rows.county()[i])
                    .append('\t')
                    .append(rows.division()[i])
                    .append('\t')
                    .append(rows.output()[i])
                    .append('\t')
                    .append(rows.outputLy()[i])
                    .append('\n');
            if (text.length() > (1 << 20) - 200) {
                write(in, text);
            }
        }
        write(in, text);
        in.endCopy();
        in = copy.copyIn("COPY bench_va FROM STDIN");
        for (int d = 0; d < input.divisionCount(); d++) {
            text.append(d).append('\t').append(input.vaRatioCurrent()[d]).append('\n');
        }
        write(in, text);
        in.endCopy();
        in = copy.copyIn("COPY bench_ppi FROM STDIN");
        for (int m = 0; m < 12; m++) {
            for (int d = 0; d < input.divisionCount(); d++) {
                text.append(m + 1)
                        .append('\t')
                        .append(d)
                        .append('\t')
                        .append(input.ppi()[m][d])
                        .append('\n');
            }
        }
        write(in, text);
        in.endCopy();
    }

    private static void write(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private static String settings(Connection pg) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement statement = pg.createStatement()) {
            for (String name : new String[] {
                "server_version", "shared_buffers", "work_mem", "max_parallel_workers_per_gather", "jit"
            }) {
                try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    out.append(out.isEmpty() ? "" : ", ").append(name).append('=').append(rs.getString(1));
                }
            }
        }
        return out.toString();
    }

    private static double at(double[][] figures, int group, int column) {
        return figures[group] == null ? Double.NaN : figures[group][column];
    }

    private static double nan(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
