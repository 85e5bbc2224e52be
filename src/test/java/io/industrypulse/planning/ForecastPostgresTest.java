package io.industrypulse.planning;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class ForecastPostgresTest extends ForecastTest {}
