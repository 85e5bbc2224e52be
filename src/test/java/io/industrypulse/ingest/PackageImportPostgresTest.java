package io.industrypulse.ingest;

import io.industrypulse.support.PostgresTest;

@PostgresTest
class PackageImportPostgresTest extends PackageImportTest {}
