package io.industrypulse.account;

class SessionWritesH2Test extends SessionWritesTest {}
