import threading

sem = threading.Semaphore(1)
first = -1
second = -1
event = threading.Event()
after_clear = -1


def grab() -> None:
    global first, second
    first = int(sem.acquire(blocking=False))
    second = int(sem.acquire(blocking=False))


t = threading.Thread(target=grab)
t.start()
t.join()
event.set()
event.clear()
after_clear = int(event.is_set())
print(first, second, after_clear)
assert (first, second, after_clear) == (1, 0, 0)
