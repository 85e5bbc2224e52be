package io.industrypulse.target;

class TargetPageH2Test extends TargetPageTest {}
