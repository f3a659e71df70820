# check: walking a dict while another thread adds keys raises RuntimeError in the walker
import threading
import time

sessions = {"s0": 1}
seen = []


def login():
    for i in range(1, 5):
        time.sleep(0.001)
        sessions[f"s{i}"] = i


def audit():
    for key in sessions:
        seen.append(key)
        time.sleep(0.002)


a = threading.Thread(target=login)
b = threading.Thread(target=audit)
a.start()
b.start()
a.join()
b.join()
print(seen, len(sessions))
