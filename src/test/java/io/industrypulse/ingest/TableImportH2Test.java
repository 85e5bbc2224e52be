package io.industrypulse.ingest;

class TableImportH2Test extends TableImportTest {}
