package io.industrypulse.web;

class CurrentPeriodH2Test extends CurrentPeriodTest {}
