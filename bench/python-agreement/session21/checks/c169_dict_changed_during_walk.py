# BUG: walking a dict while another thread adds keys: RuntimeError (dictionary changed size during iteration)
import threading
import time

sessions = {}
for i in range(3):
    sessions[f"user{i}"] = i
seen = 0


def login():
    time.sleep(0.01)
    sessions[f"user{9}"] = 9


t = threading.Thread(target=login)
t.start()
for name in sessions:
    seen += 1
    time.sleep(0.01)
t.join()
print(seen)
