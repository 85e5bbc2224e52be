package io.industrypulse.target;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class BenchmarkFormPostgresTest extends BenchmarkFormTest {}
