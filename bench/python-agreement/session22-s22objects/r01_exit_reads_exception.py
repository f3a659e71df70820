import threading


class Transaction:
    def __init__(self):
        self.lock = threading.Lock()
        self.commits = 0
        self.rollbacks = 0

    def __enter__(self):
        self.lock.acquire()
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commits += 1
        else:
            self.rollbacks += 1
        self.lock.release()
        return False


tx = Transaction()


def work(n):
    with tx:
        if n % 2:
            raise ValueError(n)


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("commits", tx.commits, "rollbacks", tx.rollbacks)
