# BUG: two threads append to the same list of a dict of lists, and a reader sums it without the lock
"""A dict of lists in a function: two threads get the same list by key and append to it."""
import threading


def appender(values, start):
    for n in range(start, start + 2):
        values.append(n)


def main():
    groups = {"shared": [0], "other": [100]}
    a = threading.Thread(target=appender, args=(groups["shared"], 1))
    b = threading.Thread(target=appender, args=(groups["shared"], 10))
    a.start()
    b.start()
    seen = len(groups["shared"])
    a.join()
    b.join()
    assert seen == 5, seen
    print(seen, groups["shared"], groups["other"])


main()
