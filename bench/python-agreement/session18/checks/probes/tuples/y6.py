config = None
seen = ""

def load():
    global config
    config = {"mode": "fast"}

load()
seen = "loaded" if config is not None else "missing"
