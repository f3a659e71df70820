# Check: main iterates over a dict (sleeping in the body) while a thread adds a key: CPython raises RuntimeError "dictionary changed size during iteration". Bug: unsynchronised iteration.
import threading
import time

sessions = {"a": 1, "b": 2, "c": 3}
seen = 0


def login():
    time.sleep(0.005)
    sessions["d"] = 4


t = threading.Thread(target=login)
t.start()
for name in sessions:
    seen += sessions[name]
    time.sleep(0.01)
t.join()
print(f"seen={seen} n={len(sessions)}")
