SELECT kind, code, name FROM place_name ORDER BY kind, code, position
