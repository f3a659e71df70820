# BUG: lost update: counters made per name in main; two threads bump the same counter without a lock.
import threading


class Counter:
    def __init__(self, name):
        self.name = name
        self.value = 0


counters = {}


def bump(name, times):
    counter = counters[name]
    for _ in range(times):
        current = counter.value
        counter.value = current + 1


def main():
    for name in ["hits", "misses"]:
        counters[name] = Counter(name)
    threads = [threading.Thread(target=bump, args=("hits", 2)) for _ in range(2)]
    threads.append(threading.Thread(target=bump, args=("misses", 1)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    hits = counters["hits"].value
    print(hits, counters["misses"].value)
    assert hits == 4, hits


main()
