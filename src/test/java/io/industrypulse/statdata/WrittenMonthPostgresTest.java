package io.industrypulse.statdata;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class WrittenMonthPostgresTest extends WrittenMonthTests {}
