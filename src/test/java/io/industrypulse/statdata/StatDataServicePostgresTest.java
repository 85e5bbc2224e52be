package io.industrypulse.statdata;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class StatDataServicePostgresTest extends StatDataServiceTests {}
