"""A dict of lists in a function, each list handed to its own thread through items()."""
import threading


def worker(name, numbers, totals, lock):
    subtotal = 0
    for n in numbers:
        subtotal += n
    with lock:
        totals[name] = subtotal


def main():
    totals = {}
    lock = threading.Lock()
    batches = {"odd": [1, 3, 5], "even": list(range(0, 10, 2)), "one": [7]}
    threads = []
    for name, numbers in batches.items():
        t = threading.Thread(target=worker, args=(name, numbers, totals, lock))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    assert totals == {"odd": 9, "even": 20, "one": 7}
    print(sorted(totals.items()), len(batches["even"]))


main()
