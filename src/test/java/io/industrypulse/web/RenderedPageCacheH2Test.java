package io.industrypulse.web;

class RenderedPageCacheH2Test extends RenderedPageCacheTest {}
