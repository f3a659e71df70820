import threading

config = None
seen = ""


def load():
    global config
    config = [1, 2]


t = threading.Thread(target=load)
t.start()
t.join()
if config is None:
    seen = "missing"
else:
    seen = "loaded"
