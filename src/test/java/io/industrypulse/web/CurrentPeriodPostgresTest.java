package io.industrypulse.web;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class CurrentPeriodPostgresTest extends CurrentPeriodTest {}
