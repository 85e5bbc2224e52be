package io.industrypulse.dispatch;

class CampaignH2Test extends CampaignTest {}
