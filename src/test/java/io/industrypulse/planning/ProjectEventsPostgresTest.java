package io.industrypulse.planning;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class ProjectEventsPostgresTest extends ProjectEventsTest {}
