package io.industrypulse.monitor;

class QuarterViewH2Test extends QuarterViewTest {}
