package io.industrypulse.report;

class PageExportH2Test extends PageExportTest {}
