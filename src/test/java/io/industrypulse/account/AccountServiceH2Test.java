package io.industrypulse.account;

class AccountServiceH2Test extends AbstractAccountServiceTest {}
