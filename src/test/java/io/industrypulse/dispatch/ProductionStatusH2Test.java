package io.industrypulse.dispatch;

class ProductionStatusH2Test extends ProductionStatusTest {}
