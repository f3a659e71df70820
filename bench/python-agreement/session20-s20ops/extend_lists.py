# extend of a local list, a list of values and another shared list: each one C call, so the items of
# one extend are never split by another thread's.
# CPython 3.11.7, 10 runs: [10, 11, 7, 8, 20, 21, 7, 8] every time; weft: that and 3 other orders of the four blocks, complete.
import threading

log = []
extra = [7, 8]


def producer(base):
    batch = [base, base + 1]
    log.extend(batch)
    log.extend(extra)


if __name__ == "__main__":
    threads = [threading.Thread(target=producer, args=(b,)) for b in (10, 20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(log)
