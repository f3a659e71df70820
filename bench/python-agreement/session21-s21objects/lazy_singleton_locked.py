# no bug: double-checked locking in a classmethod (`cls._instance = cls()` under the class lock), each thread counts a query on the one instance
import threading
import time


class Database:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __init__(self):
        time.sleep(0.002)  # connect
        Database.created += 1
        self.queries = 0

    @classmethod
    def get(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance


def handle_request():
    db = Database.get()
    with Database._lock:
        db.queries += 1


if __name__ == "__main__":
    workers = [threading.Thread(target=handle_request) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    queries = Database.get().queries
    print(f"created={Database.created} queries={queries}")
    assert Database.created == 1
    assert queries == 3
