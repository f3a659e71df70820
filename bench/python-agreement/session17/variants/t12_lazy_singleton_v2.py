# bug: check-then-act: the lazy singleton is created twice when two threads ask for it at once
import threading
import time

created = 0
_instance = None


settings = {"debug": 0, "workers": 0}


def load_settings():
    global created
    created += 1
    time.sleep(0.001)  # read the config file
    settings["workers"] = 4


def get_settings() -> int:
    global _instance
    if _instance is None:
        load_settings()
        _instance = 1
    return settings["workers"]


def worker(results, i):
    workers = get_settings()
    results[i] = workers


answers = {}
threads = [threading.Thread(target=worker, args=(answers, i)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("created", created, "answers", answers)
assert created == 1, f"Settings created {created} times"
