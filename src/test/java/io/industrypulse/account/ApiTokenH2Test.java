package io.industrypulse.account;

class ApiTokenH2Test extends ApiTokenTest {}
