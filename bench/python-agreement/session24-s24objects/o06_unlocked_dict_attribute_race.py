# BUG: lost update on a dict attribute given to __init__ without a lock
import threading


class Counter:
    def __init__(self, counts):
        self.counts = counts

    def hit(self, key):
        value = self.counts[key]
        self.counts[key] = value + 1


def main():
    counter = Counter({"home": 0, "about": 0})
    threads = [threading.Thread(target=counter.hit, args=("home",)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(counter.counts)
    assert counter.counts["home"] == 2, counter.counts


main()
