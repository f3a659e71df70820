import threading
import time

state = "idle"


def transform(n):
    global state
    data = "abc,def;" * n
    upper = data.upper()
    parts = upper.split(";")
    joined = "|".join(parts)
    state = "done" if joined.count("ABC") > 0 else "empty"


def watcher(seen):
    time.sleep(0.002)
    seen.append(state)


seen = []
threads = [threading.Thread(target=transform, args=(400_000,)), threading.Thread(target=watcher, args=(seen,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
