-- A result of the chain may name the objective or the action line of the initiative's action plan it serves.
alter table mon_result add column plan_objective_id bigint;
alter table mon_result add column plan_action_line_id bigint;
