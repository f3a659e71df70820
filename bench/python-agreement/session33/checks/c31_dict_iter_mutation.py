import threading
import time

sessions = {"a": 1, "b": 2}
errors = []
seen = []


def janitor():
    try:
        for key in sessions:
            time.sleep(0)
            seen.append(key)
    except RuntimeError:
        errors.append("changed size")


def login():
    sessions["c"] = 3


threads = [threading.Thread(target=janitor), threading.Thread(target=login)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(sessions), errors, seen)
