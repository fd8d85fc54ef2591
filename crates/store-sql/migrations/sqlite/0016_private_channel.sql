-- Moving a public conversation to a private reply (docs/decisions/024-privacy-guard.md):
-- the fan's page-scoped id, once a private reply reached them. Their
-- answers in Messenger join the case, and replies go to them there.
ALTER TABLE cases ADD COLUMN private_psid TEXT;
CREATE INDEX cases_private ON cases (community_id, private_psid) WHERE private_psid IS NOT NULL;
