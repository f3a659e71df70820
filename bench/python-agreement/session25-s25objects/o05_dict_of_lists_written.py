"""A dict of lists in a function that the program writes: refused (its items would change at run time)."""
import threading


def main():
    lock = threading.Lock()
    batches = {"a": [1, 2], "b": [3]}
    batches["c"] = [4]
    total = 0
    for name, numbers in batches.items():
        for n in numbers:
            total += n
    with lock:
        print(total)


main()
