"""The reader may run before the writer initialises the config."""
import threading

config = None
seen = 0


def init():
    global config
    config = 42


def use():
    global seen
    if config is not None:
        seen = config


a = threading.Thread(target=use)
b = threading.Thread(target=init)
a.start()
b.start()
a.join()
b.join()
print(seen)
