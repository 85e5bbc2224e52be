package io.industrypulse.investment;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class LedgerImportPostgresTest extends LedgerImportTest {}
