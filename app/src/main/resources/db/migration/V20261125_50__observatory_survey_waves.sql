-- Observatory waves fielded through the surveys module: the workspace and round that carry the questionnaire, where
-- the wave stands (FIELDING while the round is open, IMPORTED or REFUSED once it is closed) and the import report.
alter table observatory_wave add column survey_workspace_id bigint;
alter table observatory_wave add column survey_status varchar(20);
alter table observatory_wave add column survey_report text;
create index ix_observatory_wave_round on observatory_wave (survey_workspace_id, survey_round_id);
