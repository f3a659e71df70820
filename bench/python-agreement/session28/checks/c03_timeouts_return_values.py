import threading

event = threading.Event()
lock = threading.Lock()
cond = threading.Condition()
got_event = -1
got_lock = -1
got_cond = -1


def holder() -> None:
    with lock:
        event.wait(0.05)


t = threading.Thread(target=holder)
t.start()
got_event = int(event.wait(timeout=0.01))
got_lock = int(lock.acquire(timeout=0.01))
with cond:
    got_cond = int(cond.wait(timeout=0.01))
t.join()
print(got_event, got_lock, got_cond)
assert (got_event, got_lock, got_cond) == (0, 0, 0)
