package io.industrypulse.ingest;

class ImportPageH2Test extends ImportPageTest {}
