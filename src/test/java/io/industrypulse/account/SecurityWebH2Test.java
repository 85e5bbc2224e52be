package io.industrypulse.account;

class SecurityWebH2Test extends AbstractSecurityWebTest {}
