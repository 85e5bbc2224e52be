package io.industrypulse.planning;

class ForecastH2Test extends ForecastTest {}
