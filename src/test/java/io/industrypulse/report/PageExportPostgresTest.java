package io.industrypulse.report;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class PageExportPostgresTest extends PageExportTest {}
