# BUG: race: wronglock (SCTBench): the worker threads guard the shared counter with their own lock
# while the main thread's updater uses a different lock, so the two read-modify-writes interleave.
import threading
import time

counter_lock = threading.Lock()
other_lock = threading.Lock()
counter = 0
updates = []


def worker(wid):
    global counter
    with counter_lock:
        value = counter
        time.sleep(0)
        counter = value + 1
        updates.append(f"w{wid}")


def auditor():
    global counter
    with other_lock:  # the wrong lock
        value = counter
        time.sleep(0)
        counter = value + 10
        updates.append("audit")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
threads.append(threading.Thread(target=auditor))
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"counter={counter} updates={sorted(updates)}")
assert counter == 13, f"lost update: counter={counter}"
