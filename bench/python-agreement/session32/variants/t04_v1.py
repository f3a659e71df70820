# BUG: double-checked singleton without the inner check: two threads can both create the connection pool.
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
            # BUG: the second check ("if _instance is None") is missing here
            ConnectionPool.instances_created += 1
            _instance = ConnectionPool.instances_created
    return _instance


def handler(seen, idx):
    pool = get_pool()
    seen[idx] = pool


def main():
    seen = [0, 0, 0]
    threads = [threading.Thread(target=handler, args=(seen, i)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    distinct = len(set(seen))
    print("instances created:", ConnectionPool.instances_created)
    print("distinct pools seen:", distinct)


if __name__ == "__main__":
    main()
