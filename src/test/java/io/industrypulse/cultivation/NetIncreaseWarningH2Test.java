package io.industrypulse.cultivation;

class NetIncreaseWarningH2Test extends NetIncreaseWarningTest {}
