package io.industrypulse.account;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class SessionWritesPostgresTest extends SessionWritesTest {}
