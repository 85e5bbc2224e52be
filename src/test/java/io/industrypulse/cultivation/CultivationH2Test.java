package io.industrypulse.cultivation;

class CultivationH2Test extends CultivationTest {}
