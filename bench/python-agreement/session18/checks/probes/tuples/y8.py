config = None
seen = ""

def load():
    global config
    config = {"mode": "fast"}

load()
if config is None:
    seen = "missing"
else:
    seen = "loaded"
