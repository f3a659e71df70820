# BUG: the instance is made once (under the lock), but `db.queries += 1` is unlocked and sleeps between the read and the write, so counts are lost
import threading
import time


class Database:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __init__(self):
        Database.created += 1
        self.queries = 0

    @classmethod
    def get(cls):
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
        return cls._instance


def handle_request():
    db = Database.get()
    seen = db.queries
    time.sleep(0.001)
    db.queries = seen + 1


if __name__ == "__main__":
    workers = [threading.Thread(target=handle_request) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    queries = Database.get().queries
    print(f"created={Database.created} queries={queries}")
    assert queries == 3, f"{queries} queries counted"
