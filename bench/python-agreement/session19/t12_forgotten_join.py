# BUG: forgotten join: the main thread joins only the first worker before reading the totals
import threading

partials = {}


def sum_range(name, lo, hi):
    total = 0
    for n in range(lo, hi):
        total += n
    partials[name] = total


if __name__ == "__main__":
    chunks = [("a", 0, 50), ("b", 50, 100)]
    threads = [threading.Thread(target=sum_range, args=c) for c in chunks]
    for t in threads:
        t.start()
    threads[0].join()
    grand_total = sum(partials.values())
    assert grand_total == sum(range(100)), f"got {grand_total}"
    threads[1].join()
