-- Region records (Table 5 of the 2019 report): whether a regional cluster policy or strategy is in place, past
-- support, plans, and the number of cluster programmes as stated ("1", "2", "4 or more").
alter table observatory_region add column policy boolean;
alter table observatory_region add column policy_past boolean;
alter table observatory_region add column policy_plans boolean;
alter table observatory_region add column programmes_stated varchar(20);
alter table observatory_region add column status_text varchar(4000);
alter table observatory_region add column status_source varchar(300);
