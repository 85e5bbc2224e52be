package io.industrypulse.web;

class SecurityMatrixH2Test extends SecurityMatrixTest {}
