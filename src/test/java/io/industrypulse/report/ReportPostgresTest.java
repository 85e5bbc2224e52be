package io.industrypulse.report;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class ReportPostgresTest extends ReportTest {}
