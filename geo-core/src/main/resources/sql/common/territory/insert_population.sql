INSERT INTO municipality_population (code, pop_year, population) VALUES (?, ?, ?)
