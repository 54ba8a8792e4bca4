-- A dataset changed: payload "<sender> <dataset id>" on the channel every instance listens to (PostgresChangeNotices).
SELECT pg_notify('presencia_dataset_changed', ?)
