-- The feedback questionnaire sent after an event: one survey round per event, opened for the organisations that
-- attended (round and questionnaire live in the surveys module; this only remembers which round is the event's).
create table planning_event_feedback (
    event_id bigint primary key references planning_event (id),
    workspace_id bigint not null references workspace (id),
    round_id bigint not null,
    questionnaire_id bigint not null,
    sent_by_name varchar(200) not null,
    sent_at timestamp with time zone not null
);
create index ix_planning_event_feedback_ws on planning_event_feedback (workspace_id);
