-- Explanatory notes of a code (NACE Rev. 2: Eurostat's "includes" and "also includes" texts), so that a word
-- search finds codes whose title lacks the word (62.01 "Computer programming activities" for "software").
-- Null where the classification gives no note. The folded copy is what the search compares with, as for titles.
-- No length limit (varchar without length is unbounded in PostgreSQL and at most 1,000,000 characters in H2).
alter table ref_industry_code add column notes varchar;
alter table ref_industry_code add column notes_lower varchar;
