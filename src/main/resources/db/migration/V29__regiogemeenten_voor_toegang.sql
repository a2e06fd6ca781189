-- Published by gebieden for toegang (issue 12): the scope of a region coordinator is the gemeenten of
-- the region in the layout that applies today. Toegang used gebieden's Java API for this, but every
-- module's menu entry depends on toegang, so that call made a cycle gebieden -> toegang -> gebieden.
-- Toegang now reads what gebieden publishes here; the answer stays exactly what
-- Gebieden.gemeentecodesInRegio gives.

-- The layout in force on a day: the newest one that has started (a layout imported ahead of its date
-- waits until then), or the oldest when every layout lies in the future. The same rule as
-- Gebieden.huidigeIndeling, which can use this function so the rule lives once. Callers pass the day
-- from the application's Clock, never current_date, so tests can move time.
create function gebieden.indeling_op(dag date) returns date
    language sql stable parallel safe
    return coalesce((select max(i.datum) from gebieden.indeling i where i.datum <= dag),
                    (select min(i.datum) from gebieden.indeling i));

-- Which gemeente belongs to which safety region, per layout. Used by toegang (Toegang.scopeVan).
create view gebieden.gemeente_in_regio as
select g.indeling, g.code as gemeente_code, g.veiligheidsregio_code from gebieden.gemeente g;
