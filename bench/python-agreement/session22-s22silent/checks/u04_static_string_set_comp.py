order = [w for w in {"red", "green", "blue"}]
