package io.industrypulse.statdata;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class RevisionRepositoryPostgresTest extends RevisionRepositoryTests {}
