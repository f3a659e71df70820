# A monotonic reading decides a label: fast calls under 15ms, slow above.
import threading
import time

labels = {}


def call(name, delay):
    start = time.monotonic()
    time.sleep(delay)
    elapsed = time.monotonic() - start
    labels[name] = "slow" if elapsed > 0.015 else "fast"


ts = [threading.Thread(target=call, args=("a", 0.005)), threading.Thread(target=call, args=("b", 0.03))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(labels)
