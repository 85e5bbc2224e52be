package io.industrypulse.target;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class RaisedTargetPostgresTest extends RaisedTargetTest {}
