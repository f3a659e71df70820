low = min({30, 10, 20})
first = next(iter({30, 10, 20}))
