package io.industrypulse;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class MigrationsPostgresTest extends MigrationsTest {}
