import threading

config = None
seen = ""


def loader():
    global config
    config = [1, 2]


def reader():
    global seen
    if config is None:
        seen = "missing"
    else:
        seen = "loaded"


a = threading.Thread(target=reader)
b = threading.Thread(target=loader)
b.start()
a.start()
a.join()
b.join()
