package io.industrypulse.web;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class NavigationPostgresTest extends NavigationTest {}
