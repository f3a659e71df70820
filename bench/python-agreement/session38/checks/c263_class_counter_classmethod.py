# A class attribute counter bumped by a classmethod from threads under a lock.
import threading

log = []
lock = threading.Lock()


class Ticket:
    issued = 0

    @classmethod
    def issue(cls):
        with lock:
            cls.issued += 1
            return cls.issued


def worker():
    Ticket.issue()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(Ticket.issued)
print(log)
