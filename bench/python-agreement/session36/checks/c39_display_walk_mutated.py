"""A dict display in a function read only by walks, whose lists the first walk's threads append to;
the second walk reads their lengths (CPython: the same list objects)."""
import threading

sizes = []


def grow(keys, extra):
    keys.append(extra)


def main():
    plan = {0: [1, 2], 1: [3]}
    threads = []
    for worker_id, keys in plan.items():
        threads.append(threading.Thread(target=grow, args=(keys, worker_id + 10)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for worker_id, keys in plan.items():
        sizes.append(len(keys))


main()
print(sizes)
