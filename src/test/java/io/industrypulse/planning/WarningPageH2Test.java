package io.industrypulse.planning;

class WarningPageH2Test extends WarningPageTest {}
