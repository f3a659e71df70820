"""Work split by a helper that returns a list of slices; each thread sums its chunk into a shared total."""
import threading

NUMBERS = list(range(1, 13))
total = 0
lock = threading.Lock()


def chunked(items, size):
    count = len(items) // size
    return [items[k * size:(k + 1) * size] for k in range(count)]


def add_all(chunk):
    global total
    for n in chunk:
        with lock:
            total += n


def main():
    threads = [threading.Thread(target=add_all, args=(c,)) for c in chunked(NUMBERS, 4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert total == 78, total
    print(total, len(threads))


main()
