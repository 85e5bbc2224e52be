package io.industrypulse.region;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the {@code region} table. */
@Repository
class RegionRepository {

    private static final String COLUMNS = "SELECT code, name, level, parent_code, sort_order FROM region";

    private static final RowMapper<Region> MAPPER = (rs, row) -> new Region(
            rs.getString("code"),
            rs.getString("name"),
            RegionLevel.fromCode(rs.getString("level")),
            rs.getString("parent_code"),
            rs.getInt("sort_order"));

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Region> findAll() {
        return jdbc.sql(COLUMNS + " ORDER BY sort_order, code").query(MAPPER).list();
    }

    Optional<Region> find(String code) {
        return jdbc.sql(COLUMNS + " WHERE code = :code")
                .param("code", code)
                .query(MAPPER)
                .optional();
    }

    List<Region> findByLevel(RegionLevel level) {
        return jdbc.sql(COLUMNS + " WHERE level = :level ORDER BY sort_order, code")
                .param("level", level.code())
                .query(MAPPER)
                .list();
    }

    List<Region> findChildren(String parentCode) {
        return jdbc.sql(COLUMNS + " WHERE parent_code = :parent ORDER BY sort_order, code")
                .param("parent", parentCode)
                .query(MAPPER)
                .list();
    }

    void insert(Region region) {
        jdbc.sql("""
                        INSERT INTO region (code, name, level, parent_code, sort_order)
                        VALUES (:code, :name, :level, :parent, :sort)""")
                .param("code", region.code())
                .param("name", region.name())
                .param("level", region.level().code())
                .param("parent", region.parentCode())
                .param("sort", region.sortOrder())
                .update();
    }

    void update(Region region) {
        jdbc.sql("""
                        UPDATE region SET name = :name, level = :level, parent_code = :parent, sort_order = :sort
                        WHERE code = :code""")
                .param("code", region.code())
                .param("name", region.name())
                .param("level", region.level().code())
                .param("parent", region.parentCode())
                .param("sort", region.sortOrder())
                .update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM region").query(Long.class).single();
    }
}
