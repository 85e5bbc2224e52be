package io.industrypulse.investment;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class InvestmentPostgresTest extends InvestmentTest {}
