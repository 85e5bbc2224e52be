package io.industrypulse.planning;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class WarningPagePostgresTest extends WarningPageTest {}
