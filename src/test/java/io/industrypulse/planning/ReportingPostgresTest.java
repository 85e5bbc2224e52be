package io.industrypulse.planning;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class ReportingPostgresTest extends ReportingTest {}
