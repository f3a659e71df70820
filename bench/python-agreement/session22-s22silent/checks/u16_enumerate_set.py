pairs = [(i, x) for i, x in enumerate({30, 10, 20})]
