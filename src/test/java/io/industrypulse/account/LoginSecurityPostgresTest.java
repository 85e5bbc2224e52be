package io.industrypulse.account;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class LoginSecurityPostgresTest extends LoginSecurityTest {}
