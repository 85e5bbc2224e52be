package io.industrypulse.investment;

class LedgerImportH2Test extends LedgerImportTest {}
