# bug: check-then-act: the lazy singleton is created twice when two threads ask for it at once
import threading
import time

created = 0
_instance = None


class Settings:
    def __init__(self):
        global created
        created += 1
        time.sleep(0.001)  # read the config file
        self.values = {"debug": 0, "workers": 4}


def get_settings() -> Settings:
    global _instance
    if _instance is None:
        _instance = Settings()
    return _instance


def worker(results, i):
    settings = get_settings()
    results[i] = settings.values["workers"]


answers = {}
threads = [threading.Thread(target=worker, args=(answers, i)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("created", created, "answers", answers)
assert created == 1, f"Settings created {created} times"
