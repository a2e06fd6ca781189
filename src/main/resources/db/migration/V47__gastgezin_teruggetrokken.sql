-- Issue 15, follow-up: a host may withdraw its offer. Withdrawn is a state of its own (not a rejection:
-- nobody refused the host), final like a rejection; the host is no longer proposed or matched. The
-- reason and moment are kept for the funnel (dropped out, with reasons).
alter table gastgezinnen.gastgezin drop constraint gastgezin_status_check;
alter table gastgezinnen.gastgezin add constraint gastgezin_status_check
    check (status in ('aangemeld', 'in_screening', 'goedgekeurd', 'afgewezen', 'teruggetrokken'));
alter table gastgezinnen.gastgezin add column teruggetrokken_op timestamptz;
alter table gastgezinnen.gastgezin add column terugtrekreden text;
-- Search on the host list (name, place) without a sequential scan of a large register.
create index gastgezin_aangemeld on gastgezinnen.gastgezin (aangemeld_op desc, id);
