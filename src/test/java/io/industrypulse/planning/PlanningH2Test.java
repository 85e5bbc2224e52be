package io.industrypulse.planning;

class PlanningH2Test extends PlanningTest {}
