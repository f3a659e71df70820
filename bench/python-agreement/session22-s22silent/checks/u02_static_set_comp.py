order = [x for x in {30, 10, 20}]
