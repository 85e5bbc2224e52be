package io.industrypulse.statdata;

class RevisionRepositoryH2Test extends RevisionRepositoryTests {}
