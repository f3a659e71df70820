"""Waits that time out return False: Event.wait, Lock.acquire(timeout=), Semaphore.acquire(blocking=False)."""
import threading

event = threading.Event()
lock = threading.Lock()
sem = threading.Semaphore(1)
flags: dict[str, bool] = {}


def holder() -> None:
    lock.acquire()
    sem.acquire()


h = threading.Thread(target=holder)
h.start()
h.join()
flags["event"] = event.wait(timeout=0.01)
flags["lock"] = lock.acquire(timeout=0.01)
flags["sem"] = sem.acquire(blocking=False)
event.set()
flags["event_after_set"] = event.wait(timeout=0.01)
print(flags)
