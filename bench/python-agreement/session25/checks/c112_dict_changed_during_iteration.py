# check: iterating a dict while another thread inserts raises RuntimeError (dictionary changed size)
import threading
import time

registry = {}
for i, name in enumerate(["a", "b", "c"]):
    registry[name] = i
seen = []


def register():
    for name in ("d", "e", "f"):
        registry[name] = 0
        time.sleep(0.001)


t = threading.Thread(target=register)
t.start()
try:
    for key in registry:
        seen.append(key)
        time.sleep(0.002)
    outcome = 1
except RuntimeError:
    outcome = 2
t.join()
print(outcome, seen)
