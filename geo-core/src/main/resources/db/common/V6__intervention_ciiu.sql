-- Sector on every record (issue 10, ADR 0013): the CIIU Rev. 4 A.C. entry a record's written activity was read as.
-- `sector` keeps the text as the source wrote it (111, C1011, 1030); `ciiu` the entry with its leading zeros (0111,
-- 1011, 103 for the replaced class 1030), or a section letter. Records imported before this version have no `ciiu`:
-- re-importing their file fills it (the row fingerprint covers it, so those records count as changed once).
ALTER TABLE intervention ADD COLUMN ciiu VARCHAR(4);
