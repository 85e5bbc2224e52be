package io.industrypulse.statdata;

import io.industrypulse.statdata.MonthlyDetail.Figures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V96: moves each revision's rows of {@code monthly_detail} into {@code monthly_detail_pack} (made by V95) as one
 * {@link DetailPack}, then drops {@code monthly_detail}. A bean, so Spring Boot hands it to Flyway with the SQL
 * migrations; it runs in Flyway's transaction, revision by revision, so memory holds one revision's rows at a time.
 */
@Component
class DetailPackMigration implements JavaMigration {

    private static final MigrationVersion VERSION = MigrationVersion.fromVersion("96");

    @Override
    public MigrationVersion getVersion() {
        return VERSION;
    }

    @Override
    public String getDescription() {
        return "statdata detail pack rows";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Long> revisions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT DISTINCT revision_id FROM monthly_detail ORDER BY revision_id")) {
            while (rs.next()) {
                revisions.add(rs.getLong(1));
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT credit_code, name, output, output_cum, output_ly, output_ly_cum, sales, sales_cum,"
                                + " sales_ly, sales_ly_cum, export, export_cum, export_ly, export_ly_cum, electricity,"
                                + " electricity_cum, electricity_ly, electricity_ly_cum"
                                + " FROM monthly_detail WHERE revision_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO monthly_detail_pack (revision_id, format, packed) VALUES (?, ?, ?)")) {
            for (long revision : revisions) {
                select.setLong(1, revision);
                List<MonthlyDetail> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new MonthlyDetail(
                                rs.getString(1),
                                rs.getString(2),
                                figures(rs, 3),
                                figures(rs, 7),
                                figures(rs, 11),
                                rs.getBigDecimal(15) == null ? null : figures(rs, 15)));
                    }
                }
                insert.setLong(1, revision);
                insert.setInt(2, DetailPack.FORMAT);
                insert.setBytes(3, DetailPack.pack(rows));
                insert.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE monthly_detail");
        }
    }

    private static Figures figures(ResultSet rs, int first) throws SQLException {
        return new Figures(
                rs.getBigDecimal(first),
                rs.getBigDecimal(first + 1),
                rs.getBigDecimal(first + 2),
                rs.getBigDecimal(first + 3));
    }
}
