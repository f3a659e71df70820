# Check: a thread sums dict.values() in a loop with sleeps while main adds a key: the thread dies with RuntimeError. Bug: unsynchronised iteration.
import threading
import time

stock = {"x": 1, "y": 2, "z": 3}
summed = 0


def audit():
    global summed
    for v in stock.values():
        summed += v
        time.sleep(0.01)


t = threading.Thread(target=audit)
t.start()
time.sleep(0.005)
stock["w"] = 4
t.join()
print(f"summed={summed}")
