package io.industrypulse.enterprise;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class EnterpriseRepositoryPostgresTest extends EnterpriseRepositoryTest {}
