# BUG: check-then-act: the lazy singleton checks `_instance is None` without a lock, so two threads can both build it
import threading
import time


class Database:
    _instance = None
    created = 0

    def __init__(self):
        time.sleep(0.002)  # connect
        Database.created += 1
        self.queries = 0

    @classmethod
    def get(cls):
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance


def handle_request(n):
    db = Database.get()
    db.queries += 1


if __name__ == "__main__":
    workers = [threading.Thread(target=handle_request, args=(i,)) for i in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert Database.created == 1, f"{Database.created} connections opened"
