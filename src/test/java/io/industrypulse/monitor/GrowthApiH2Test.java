package io.industrypulse.monitor;

class GrowthApiH2Test extends GrowthApiTest {}
