"""One thread holds a lock across a 0.2 s sleep; two others try it with a 0.05 s time-out and give up."""
import threading
import time

lock = threading.Lock()
gave_up = 0
got_it = 0
count_guard = threading.Lock()


def holder():
    with lock:
        time.sleep(0.2)


def impatient():
    global gave_up, got_it
    if lock.acquire(timeout=0.05):
        lock.release()
        with count_guard:
            got_it += 1
    else:
        with count_guard:
            gave_up += 1


h = threading.Thread(target=holder)
h.start()
waiters = [threading.Thread(target=impatient) for _ in range(2)]
for w in waiters:
    w.start()
h.join()
for w in waiters:
    w.join()
print("gave up:", gave_up, "got it:", got_it)
