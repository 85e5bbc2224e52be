package io.industrypulse.monitor;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class MonitorEventsPostgresTest extends MonitorEventsTest {}
