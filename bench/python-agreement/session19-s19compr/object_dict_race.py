# BUG: lost update. A dict comprehension of instances; two threads add to one instance's attribute
# without a lock, read and write in two statements with a sleep between.
# CPython 3.11.7 (10 runs): AssertionError 9, ok 1 (2 states).
# Under weft explore: 2 outcomes (assertion failed, ok), complete within the time window, both CPython's: the bug is found.
import threading
import time


class Tally:
    def __init__(self, label):
        self.label = label
        self.count = 0


tallies = {label: Tally(label) for label in ["red", "blue"]}
red = tallies["red"]


def add(label, times):
    tally = tallies[label]
    for _ in range(times):
        seen = tally.count
        time.sleep(0.001)
        tally.count = seen + 1


if __name__ == "__main__":
    threads = [threading.Thread(target=add, args=("red", 2)) for _ in range(2)]
    threads.append(threading.Thread(target=add, args=("blue", 1)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert red.count == 4, f"lost update: {red.count}"
