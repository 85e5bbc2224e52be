package io.industrypulse.dispatch;

class TicketSettingsH2Test extends TicketSettingsTest {}
