-- Tags on a case (issue 18): words a team files cases by beside the topic
-- ("vip", "press"), a JSON array of text.
ALTER TABLE cases ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
