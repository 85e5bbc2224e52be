package io.industrypulse.investment;

class InvestmentH2Test extends InvestmentTest {}
