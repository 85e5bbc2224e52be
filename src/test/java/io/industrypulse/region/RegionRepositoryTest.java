package io.industrypulse.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

/** SQL of the region table, run on H2 and on PostgreSQL (subclasses). Each test rolls back. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(RegionRepository.class)
abstract class RegionRepositoryTest {

    @Autowired
    RegionRepository repository;

    @Test
    void insertsFindsAndUpdates() {
        long before = repository.count();
        repository.insert(new Region("990000", "测试省", RegionLevel.PROVINCE, null, 1));
        repository.insert(new Region("990100", "测试市", RegionLevel.CITY, "990000", 1));
        repository.insert(new Region("990121", "乙县", RegionLevel.COUNTY, "990100", 2));
        repository.insert(new Region("990102", "甲区", RegionLevel.COUNTY, "990100", 1));
        assertThat(repository.count()).isEqualTo(before + 4);

        assertThat(repository.find("990102")).contains(new Region("990102", "甲区", RegionLevel.COUNTY, "990100", 1));
        assertThat(repository.find("999999")).isEmpty();
        assertThat(repository.findChildren("990100")).extracting(Region::code).containsExactly("990102", "990121");
        assertThat(repository.findByLevel(RegionLevel.PROVINCE))
                .extracting(Region::code)
                .contains("990000");

        repository.update(new Region("990121", "乙县（新）", RegionLevel.COUNTY, "990100", 0));
        assertThat(repository.find("990121")).get().extracting(Region::name).isEqualTo("乙县（新）");
        assertThat(repository.findChildren("990100")).extracting(Region::code).containsExactly("990121", "990102");
    }
}
