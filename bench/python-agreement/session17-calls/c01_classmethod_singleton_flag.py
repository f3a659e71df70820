# double-checked locking through a classmethod: the config is loaded exactly once
import threading
import time

loads = 0


class Config:
    _loaded = False
    _lock = threading.Lock()
    retries = 0

    @classmethod
    def ensure_loaded(cls):
        global loads
        if not cls._loaded:
            with cls._lock:
                if not cls._loaded:
                    time.sleep(0.002)  # read the config file
                    loads += 1
                    cls.retries = 3
                    cls._loaded = True
        return cls.retries

    @staticmethod
    def describe(retries):
        return retries * 10


seen = []


def handler():
    retries = Config.ensure_loaded()
    seen.append(Config.describe(retries))


threads = [threading.Thread(target=handler) for _ in range(3)]
[t.start() for t in threads]
[t.join() for t in threads]
print(f"loads={loads} seen={seen}")
assert loads == 1
