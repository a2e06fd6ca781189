-- Whether the approver of a payment run had the role for children travelling alone (issue 11, ADR 0013).
-- Without it the approver sees a shielded line's amount and method only, not its account: such lines
-- are then held back at execution instead of being paid on an approval that could not see them.
alter table betaalrun add column goedgekeurd_met_rol_minderjarigen boolean not null default false;
