# Check: a custom context manager whose __exit__ returns True swallows the exception; the code after the with-block runs. Bug: none (deliberate suppression).
import threading


class Guard:
    def __init__(self, lock):
        self.lock = lock

    def __enter__(self):
        self.lock.acquire()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.lock.release()
        return exc_type is ValueError


lock = threading.Lock()
after = 0
inside = 0


def worker():
    global after, inside
    with Guard(lock):
        inside += 1
        raise ValueError("swallowed")
    after += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"inside={inside} after={after} locked={int(lock.locked())}")
