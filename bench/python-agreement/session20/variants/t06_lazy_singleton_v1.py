# BUG: check-then-act: the lazy singleton checks `_instance is None` without a lock, so two threads can both build it
import threading
import time


class Database:
    ready = False
    created = 0
    queries = 0

    @classmethod
    def connect(cls):
        if not cls.ready:
            time.sleep(0.002)  # connect
            cls.created += 1
            cls.ready = True


def handle_request(n):
    Database.connect()
    Database.queries += 1


if __name__ == "__main__":
    workers = [threading.Thread(target=handle_request, args=(i,)) for i in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert Database.created == 1, f"{Database.created} connections opened"
