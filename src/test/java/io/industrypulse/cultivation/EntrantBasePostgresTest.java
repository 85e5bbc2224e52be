package io.industrypulse.cultivation;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class EntrantBasePostgresTest extends EntrantBaseTest {}
