pairs = list(zip([1, 2, 3], {30, 10, 20}))
