# A small context manager class counts entries under a lock. No bug.
import threading


class Guard:
    def __init__(self):
        self.lock = threading.Lock()
        self.entries = 0

    def __enter__(self):
        self.lock.acquire()
        self.entries += 1
        return self

    def __exit__(self, *exc):
        self.lock.release()
        return False


guard = Guard()
log = []


def work(name):
    with guard:
        log.append(name)


threads = [threading.Thread(target=work, args=(n,)) for n in ("x", "y", "z")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(guard.entries, sorted(log))
