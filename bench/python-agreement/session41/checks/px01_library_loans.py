# check (program): library loans with a lock per book, early returns and exceptions across methods
import threading
import time


class NotAvailable(Exception):
    pass


class Book:
    def __init__(self, title, copies):
        self.title = title
        self.copies = copies
        self.lock = threading.Lock()
        self.waitlist = 0

    def borrow(self):
        with self.lock:
            if self.copies == 0:
                self.waitlist += 1
                raise NotAvailable(self.title)
            self.copies -= 1
            return self.copies

    def give_back(self):
        with self.lock:
            self.copies += 1


dune = Book("dune", 1)
emma = Book("emma", 2)
refused = []
refused_lock = threading.Lock()


def reader(name, book, keep):
    try:
        book.borrow()
    except NotAvailable as e:
        with refused_lock:
            refused.append(f"{name}:{e}")
        return
    time.sleep(keep)
    book.give_back()


threads = [
    threading.Thread(target=reader, args=("ann", dune, 0.003)),
    threading.Thread(target=reader, args=("bob", dune, 0.001)),
    threading.Thread(target=reader, args=("cid", emma, 0.001)),
    threading.Thread(target=reader, args=("dee", emma, 0.002)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(dune.copies, emma.copies, dune.waitlist, emma.waitlist, sorted(refused))
