package io.industrypulse.ingest;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class TableImportPostgresTest extends TableImportTest {}
