package io.industrypulse.planning;

class ProjectEventsH2Test extends ProjectEventsTest {}
