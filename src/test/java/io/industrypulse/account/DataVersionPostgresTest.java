package io.industrypulse.account;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class DataVersionPostgresTest extends DataVersionTests {}
