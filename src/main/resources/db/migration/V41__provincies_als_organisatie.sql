-- Issue 17 (the 2024 distribution law): the 12 provinces lead the provincial table (regietafel) and become
-- organisations users belong to. Their organisation code is the CBS province code (PV26); they see no person's data.
alter table toegang.organisatie drop constraint organisatie_soort_check;
alter table toegang.organisatie add constraint organisatie_soort_check
    check (soort in ('GEMEENTE', 'VEILIGHEIDSREGIO', 'LANDELIJK', 'MATCHING', 'PROVINCIE'));
alter table toegang.organisatie add constraint organisatie_provincie_code_check
    check (soort <> 'PROVINCIE' or code ~ '^PV[0-9]{2}$');

-- gebieden publishes its provinces for set-based reads by other modules (ADR 0015).
create view gebieden.provincie_naam as
select p.code, p.naam from gebieden.provincie p;
