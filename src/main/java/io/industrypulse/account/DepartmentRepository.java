package io.industrypulse.account;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of table {@code department}. */
@Repository
class DepartmentRepository {

    private static final String COLUMNS = "code, name, name_en, takes_tickets, active, sort_order";

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DepartmentEntry> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM department ORDER BY sort_order, code")
                .query(DepartmentRepository::row)
                .list();
    }

    Optional<DepartmentEntry> find(Department department) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM department WHERE code = :code")
                .param("code", department.code())
                .query(DepartmentRepository::row)
                .optional();
    }

    boolean nameTaken(String name, Department except) {
        return jdbc.sql("SELECT COUNT(*) FROM department WHERE name = :name AND code <> :code")
                        .param("name", name)
                        .param("code", except.code())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(DepartmentEntry e) {
        jdbc.sql("INSERT INTO department (" + COLUMNS + ") VALUES (:code, :name, :en, :tickets, :active, :sort)")
                .params(params(e))
                .update();
    }

    void update(DepartmentEntry e) {
        jdbc.sql("""
                        UPDATE department SET name = :name, name_en = :en, takes_tickets = :tickets, active = :active,
                                              sort_order = :sort
                        WHERE code = :code""").params(params(e)).update();
    }

    private static java.util.Map<String, Object> params(DepartmentEntry e) {
        return java.util.Map.of(
                "code", e.department().code(),
                "name", e.name(),
                "en", e.nameEn(),
                "tickets", e.takesTickets(),
                "active", e.active(),
                "sort", e.sortOrder());
    }

    private static DepartmentEntry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DepartmentEntry(
                Department.valueOf(rs.getString("code")),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getBoolean("takes_tickets"),
                rs.getBoolean("active"),
                rs.getInt("sort_order"));
    }
}
