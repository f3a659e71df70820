import threading

rlock = threading.RLock()
lock = threading.Lock()
depth = 0
release_error = 0
sem_value_after = 0


def nested(n: int) -> None:
    global depth
    with rlock:
        depth += 1
        if n > 0:
            nested(n - 1)


t = threading.Thread(target=nested, args=(3,))
t.start()
t.join()
try:
    lock.release()
except RuntimeError:
    release_error = 1
sem = threading.Semaphore(1)
sem.release()  # a plain Semaphore may go above its start value
sem.acquire()
sem.acquire()
sem_value_after = int(sem.acquire(blocking=False))
print(depth, release_error, sem_value_after)
assert depth == 4 and release_error == 1 and sem_value_after == 0
