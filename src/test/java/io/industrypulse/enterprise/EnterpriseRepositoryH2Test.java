package io.industrypulse.enterprise;

class EnterpriseRepositoryH2Test extends EnterpriseRepositoryTest {}
