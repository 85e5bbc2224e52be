package io.industrypulse.statdata;

class WrittenMonthH2Test extends WrittenMonthTests {}
