"""Workers put their totals into a shared dict; after the joins, main's report loop walks the dict in
its insertion order (`for name, total in totals.items()`), which is the order the workers first wrote
their keys in: `order` tells which came first."""
import threading
import time

totals = {}
order = 0
grand = 0


def worker(name, amount):
    time.sleep(0.001 * (name % 2))
    totals[name] = amount


def main():
    global order, grand
    threads = [threading.Thread(target=worker, args=(n, 10 * n)) for n in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name, total in totals.items():
        print(name, total)
        order = order * 10 + name
        grand += total


main()
