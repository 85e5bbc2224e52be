package io.industrypulse.target;

class RaisedTargetH2Test extends RaisedTargetTest {}
