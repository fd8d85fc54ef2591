-- Opening a case reads its thread by case. PostgreSQL's sample of a year's
-- 5 M messages counts about 105 000 distinct cases where there are 1 M, so
-- it expects 54 messages per case; its kept (generic) plan of the thread's
-- statement then looks dearer than a plan for the case in hand, and it
-- plans the statement again at every call: about 0.2 ms of a 1.3 ms case
-- opening (docs/benchmarks.md, issue 20). A desk's threads are short, about
-- five messages a case: said here, the kept plan is chosen after the first
-- few calls on a connection. Only the planner's estimate changes.
ALTER TABLE messages ALTER COLUMN case_id SET (n_distinct = -0.2);
ANALYZE messages (case_id);
