package io.industrypulse.environment;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class EnvironmentPostgresTest extends EnvironmentTest {}
