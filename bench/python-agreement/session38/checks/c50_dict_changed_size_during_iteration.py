# A reporter iterates over a shared dict while another thread adds keys: CPython can raise
# RuntimeError("dictionary changed size during iteration") in the reporter.
import threading
import time

sessions = {"s1": 1, "s2": 2}
log = []


def reporter():
    try:
        total = 0
        for key in sessions:
            time.sleep(0.001)
            total += sessions[key]
        log.append(f"total {total}")
    except RuntimeError:
        log.append("changed during iteration")


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
