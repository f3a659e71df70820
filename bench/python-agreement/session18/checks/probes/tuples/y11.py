config = None
seen = ""


def load():
    global config
    config = [1, 2]


load()
if config is None:
    seen = "missing"
else:
    seen = "loaded"
