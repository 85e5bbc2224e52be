package io.industrypulse.region;

class RegionRepositoryH2Test extends RegionRepositoryTest {}
