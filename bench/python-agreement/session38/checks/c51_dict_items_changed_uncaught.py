# The same race without a handler: the reporter thread dies with RuntimeError in CPython.
import threading
import time

sessions = {"s1": 1, "s2": 2}
log = []


def reporter():
    total = 0
    for key, value in sessions.items():
        time.sleep(0.001)
        total += value
    log.append(total)


def login():
    for i in range(3, 6):
        sessions[f"s{i}"] = i
        time.sleep(0.0005)


threads = [threading.Thread(target=reporter), threading.Thread(target=login)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
