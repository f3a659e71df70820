# Threads made over enumerate(zip(...)) with nested unpacking.
import threading

NAMES = ["x", "y", "z"]
SIZES = [10, 20, 30]
slots = [""] * 3


def fill(index, name, size):
    slots[index] = f"{name}{size}"


threads = [threading.Thread(target=fill, args=(i, n, s)) for i, (n, s) in enumerate(zip(NAMES, SIZES))]
for t in threads:
    t.start()
for t in threads:
    t.join()
