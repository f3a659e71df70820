"""A mutable default argument is one list shared by every call, from every thread."""
import threading

sizes = []
lock = threading.Lock()


def collect(item, bag=[]):
    bag.append(item)
    return len(bag)


def worker(item):
    n = collect(item)
    with lock:
        sizes.append(n)


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    sizes.sort()
    total_calls = collect(99)
