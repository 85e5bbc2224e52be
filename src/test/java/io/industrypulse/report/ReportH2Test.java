package io.industrypulse.report;

class ReportH2Test extends ReportTest {}
