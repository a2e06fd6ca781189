-- The explanation of a run's line is computed again when it is shown, from the same data, instead of
-- being stored as JSON for every household: for a large gemeente that JSON was tens of megabytes per
-- run and most of the run's time. A line whose recomputed amount differs from the approved amount is
-- flagged on the page (the data changed after the preview).
alter table betaalrunregel drop column uitleg;
