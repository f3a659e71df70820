# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): ok counts=[0, 1, 2] in 8 of 10 runs, [1, 1, 2] and [2, 2, 2] once each, final=[50, 80]; weft explore: 10 outcomes, complete within a 20 ms time window, the three among them.
"""A monitor thread counts the big orders seen so far, three rounds, while a producer appends orders:
each round's comprehension with `if` makes a list of its own (inside the loop the scenario runs)."""
import threading
import time

orders = []
counts = []


def producer():
    for amount in (5, 50, 7, 80):
        orders.append(amount)
        time.sleep(0.001)


def monitor():
    for _ in range(3):
        big = [amount for amount in orders if amount > 10]
        counts.append(len(big))
        time.sleep(0.002)


if __name__ == "__main__":
    threads = [threading.Thread(target=producer), threading.Thread(target=monitor)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final = [amount for amount in orders if amount > 10]
