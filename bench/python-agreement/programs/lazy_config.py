"""Lazy initialisation without a lock: two threads can both see it missing and both load it."""
import threading
import time

config = None
loads = 0


def get_config():
    global config, loads
    if config is None:
        time.sleep(0.001)
        loads += 1
        config = 42
    return config


def worker():
    value = get_config()
    assert value == 42


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert loads == 1, "config loaded more than once"
