# BUG: lazy init without a lock: two threads both see None and both load the config.
import threading
import time


class Config:
    loads = 0

    def __init__(self):
        Config.loads += 1
        self.timeout = 30
        self.hosts = ["host-%d" % n for n in range(3)]


_config = None
timeouts = [0, 0]


def get_config():
    global _config
    if _config is None:
        time.sleep(0.001)  # reading the file
        _config = Config()
    return _config


def worker(i):
    config = get_config()
    timeouts[i] = config.timeout


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
loads = Config.loads
print("config loaded", loads, "times", timeouts)
