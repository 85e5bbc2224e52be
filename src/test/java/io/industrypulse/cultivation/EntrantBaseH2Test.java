package io.industrypulse.cultivation;

class EntrantBaseH2Test extends EntrantBaseTest {}
