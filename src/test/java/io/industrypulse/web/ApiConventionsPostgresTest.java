package io.industrypulse.web;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class ApiConventionsPostgresTest extends ApiConventionsTest {}
