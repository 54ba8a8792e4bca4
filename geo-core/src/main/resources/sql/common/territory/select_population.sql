SELECT code, pop_year, population FROM municipality_population ORDER BY code, pop_year
