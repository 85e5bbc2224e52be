package io.industrypulse.enterprise;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class EnterpriseServicePostgresTest extends EnterpriseServiceTest {}
