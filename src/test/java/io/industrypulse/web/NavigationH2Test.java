package io.industrypulse.web;

class NavigationH2Test extends NavigationTest {}
