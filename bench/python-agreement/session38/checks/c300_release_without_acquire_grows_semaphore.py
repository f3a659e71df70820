# ordered
# A worker whose acquire(timeout=) failed still releases in finally: a plain Semaphore's value grows, so
# two holders get in at once later (a classic bug; BoundedSemaphore would raise).
import threading
import time

log = []
sem = threading.Semaphore(1)
state = {"inside": 0, "peak": 0}


def guarded(name, wait):
    got = sem.acquire(timeout=wait)
    try:
        if got:
            state["inside"] += 1
            state["peak"] = max(state["peak"], state["inside"])
            time.sleep(0.05)
            state["inside"] -= 1
    finally:
        sem.release()


holder = threading.Thread(target=guarded, args=("holder", 1))
holder.start()
time.sleep(0.005)
impatient = threading.Thread(target=guarded, args=("impatient", 0.001))
impatient.start()
impatient.join()
late = threading.Thread(target=guarded, args=("late", 1))
late.start()
holder.join()
late.join()
log.append(state["peak"])
print(log)
