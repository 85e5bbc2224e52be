package io.industrypulse.enterprise;

class EnterpriseServiceH2Test extends EnterpriseServiceTest {}
