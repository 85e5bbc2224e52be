package io.industrypulse.web;

import java.util.List;
import java.util.UUID;

/** Both instances on one named in-memory H2 database of this JVM. */
class TwoInstancesH2Test extends TwoInstancesTest {

    @Override
    List<String> database() {
        return List.of("--spring.datasource.url=jdbc:h2:mem:instances-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
