package io.industrypulse.account;

class LoginSecurityH2Test extends LoginSecurityTest {}
