# BUG: double-checked singleton without the inner check: two threads can both make the pool.
import threading
import time


class ConnectionPool:
    instances_created = 0

    def __init__(self):
        ConnectionPool.instances_created += 1
        self.connections = ["conn-%d" % i for i in range(2)]


_instance = None
_lock = threading.Lock()


def get_pool():
    global _instance
    if _instance is None:
        time.sleep(0.0005)  # slow config load
        with _lock:
            _instance = ConnectionPool()
    return _instance


def handler(seen, idx):
    seen[idx] = get_pool()


def main():
    seen = [None, None, None]
    threads = [threading.Thread(target=handler, args=(seen, i)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    distinct = len(set(seen))
    print("instances created:", ConnectionPool.instances_created, "distinct pools seen:", distinct)
    assert distinct == 1, "two pools were made"


if __name__ == "__main__":
    main()
