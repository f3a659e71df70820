# A closure with nonlocal counts calls made by two threads under a lock.
import threading

log = []
lock = threading.Lock()


def make_counter():
    count = 0

    def bump(n):
        nonlocal count
        with lock:
            count += n
            return count

    return bump


bump = make_counter()


def worker(values):
    for v in values:
        bump(v)


threads = [threading.Thread(target=worker, args=([1, 2],)), threading.Thread(target=worker, args=([10],))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(bump(0))
print(log)
