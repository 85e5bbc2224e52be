package io.industrypulse.region;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class RegionRepositoryPostgresTest extends RegionRepositoryTest {}
