# Check: `count += 1` in a thread function without `global` raises UnboundLocalError in the thread; the module count stays 0. Bug: missing global.
import threading

count = 0
reached = 0


def worker():
    global reached
    reached = 1
    inner()


def inner():
    count += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"count={count} reached={reached}")
