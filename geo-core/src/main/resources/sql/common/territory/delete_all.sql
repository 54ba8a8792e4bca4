DELETE FROM reference_load_issue;
DELETE FROM reference_load;
DELETE FROM territory_member;
DELETE FROM territory;
DELETE FROM territory_group;
DELETE FROM municipality_population;
DELETE FROM municipality;
DELETE FROM department;
