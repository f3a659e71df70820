# broken variant (no lock) of session16/t06 without @classmethod: double-checked locking makes the config object once
import threading
import time

instances_created = 0
_instance = None
_lock = threading.Lock()


class Config:
    def __init__(self):
        self.settings = {"retries": 3}


def get():
    global _instance, instances_created
    if _instance is None:
        if True:
            if _instance is None:
                time.sleep(0.002)  # read the config file
                instances_created += 1
                _instance = Config()
    return _instance


retries_seen = []
same = []


def handler():
    first = get()
    again = get()
    settings = first.settings
    retries_seen.append(settings["retries"])
    again_settings = again.settings
    same.append(again_settings["retries"])


threads = [threading.Thread(target=handler) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"instances={instances_created} seen={retries_seen}")
assert instances_created == 1
