-- Funding, second step: a call may use a surveys questionnaire as its application form (answers kept per
-- application); consortium partners accept or refuse their invitation (by a user of the organisation or a secret link,
-- stored hashed, that expires); reviewers are assigned per application; a call says what kind of call it is.

-- The questionnaire is a surveys_questionnaire id of the same workspace (no foreign key across modules).
alter table funding_call add column questionnaire_id bigint;
alter table funding_call add column kind varchar(40) default 'COLLABORATIVE_PROJECTS' not null;
alter table funding_call add column reviewers_per_application integer default 2 not null;

-- The applicant's answers to the call's questionnaire, as the surveys module stores them (draft or submitted).
create table funding_form_answer (
    application_id bigint not null references funding_application (id),
    question varchar(200) not null,
    answer text not null,
    primary key (application_id, question)
);

-- Partners added before this step took part without an invitation: they count as having accepted.
alter table funding_partner add column status varchar(20) default 'ACCEPTED' not null;
alter table funding_partner add column invited_at timestamp with time zone;
alter table funding_partner add column responded_at timestamp with time zone;
alter table funding_partner add column responded_by bigint references app_user (id);
alter table funding_partner add column token_hash varchar(64);
alter table funding_partner add column token_expires_at timestamp with time zone;
alter table funding_partner add column note varchar(1000);
create index ix_funding_partner_token on funding_partner (token_hash);

-- A reviewer assigned to an application.
create table funding_assignment (
    application_id bigint not null references funding_application (id),
    user_id bigint not null references app_user (id),
    assigned_at timestamp with time zone not null,
    assigned_by bigint references app_user (id),
    primary key (application_id, user_id)
);

-- Until now every reviewer of a call saw every submitted application they had no declared conflict with: keep that.
insert into funding_assignment (application_id, user_id, assigned_at)
select a.id, r.user_id, current_timestamp
from funding_application a
join funding_reviewer r on r.call_id = a.call_id
where a.status = 'SUBMITTED'
  and not exists (select 1 from funding_conflict c
                  where c.application_id = a.id and c.user_id = r.user_id and c.conflict = true);
