-- Tags on a case (issue 18): words a team files cases by beside the topic
-- ("vip", "press").
ALTER TABLE cases ADD COLUMN tags TEXT[] NOT NULL DEFAULT '{}';
