package io.industrypulse.ingest;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class ReviewFlowPostgresTest extends ReviewFlowTest {}
