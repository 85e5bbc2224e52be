package io.industrypulse.ingest;

class PackageImportH2Test extends PackageImportTest {}
