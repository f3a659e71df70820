import threading


class Suppress:
    def __init__(self):
        self.lock = threading.Lock()
        self.errors = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return True


quiet = Suppress()
total = [0]


def work(n):
    with quiet:
        if n == 1:
            raise ValueError(n)
        total[0] += n


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", total[0])
