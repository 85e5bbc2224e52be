package io.industrypulse.target;

class BenchmarkFormH2Test extends BenchmarkFormTest {}
