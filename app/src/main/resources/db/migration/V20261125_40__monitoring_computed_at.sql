-- Computed values are stored with the time their framework was last computed, and a framework remembers when a
-- source it reads changed after that (pages read stored values and say so instead of recomputing on every view).
alter table mon_framework add column computed_at timestamp with time zone;
alter table mon_framework add column stale_since timestamp with time zone;
alter table mon_framework add column stale_reason varchar(200);

-- An entered indicator can take its baseline from a figure of the approved diagnostic (e.g. network.density).
alter table mon_indicator add column diagnostic_figure varchar(60);
