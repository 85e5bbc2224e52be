package io.industrypulse.web;

class ApiConventionsH2Test extends ApiConventionsTest {}
