import threading

order = []


class Tracker:
    def __init__(self):
        self.seen = set()

    def add(self, n):
        self.seen.add(n)


tracker = Tracker()


def worker(n):
    tracker.add(n)


def main():
    threads = [threading.Thread(target=worker, args=(n,)) for n in (9, 3, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for x in tracker.seen:
        order.append(x)


main()
