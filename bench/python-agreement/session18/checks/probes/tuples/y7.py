config = None
seen = ""
config = [1, 2]
seen = "loaded" if config is not None else "missing"
