"""The main thread sums a shared list while a thread appends to it: CPython's `sum` walks the list in C
without letting the thread in, so the sum is that of a prefix the appends made."""
import threading

items = []
total = -1


def grow():
    for k in range(1, 4):
        items.append(k)


if __name__ == "__main__":
    t = threading.Thread(target=grow)
    t.start()
    total = sum(items)
    t.join()
    print(total)
