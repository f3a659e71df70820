# a closure factory given its start, returning two functions under other names; a lock of the factory
import threading


def make_counter(start, step=1):
    count = start
    lock = threading.Lock()

    def increment():
        nonlocal count
        with lock:
            count += step

    def read():
        with lock:
            return count

    return increment, read


bump, current = make_counter(10, step=2)
threads = [threading.Thread(target=bump) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
final = current()
print("final", final)
assert final == 16
