package io.industrypulse.monitor;

class MonitorEventsH2Test extends MonitorEventsTest {}
