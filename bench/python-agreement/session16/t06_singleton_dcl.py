# no bug: double-checked locking creates the config object exactly once
import threading
import time

instances_created = 0


class Config:
    _instance = None
    _lock = threading.Lock()

    def __init__(self):
        global instances_created
        time.sleep(0.002)  # read the config file
        instances_created += 1
        self.settings = {"retries": 3}

    @classmethod
    def get(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = Config()
        return cls._instance


retries_seen = []


def handler():
    retries_seen.append(Config.get().settings["retries"])


threads = [threading.Thread(target=handler) for _ in range(3)]
[t.start() for t in threads]
[t.join() for t in threads]
print(f"instances={instances_created} seen={retries_seen}")
assert instances_created == 1
