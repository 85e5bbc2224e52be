package io.industrypulse.target;

class TargetServiceH2Test extends TargetServiceTests {}
