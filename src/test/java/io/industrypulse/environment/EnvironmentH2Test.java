package io.industrypulse.environment;

class EnvironmentH2Test extends EnvironmentTest {}
