"""session24/m04's form: `a[i] = a[i] * a[i]` of a multiprocessing.Array by run-time indices (from a
queue), under the Array's lock in one process and without it (a RawArray) in the other: each element read
twice, then stored."""
import multiprocessing


def square_at(numbers, indices):
    while True:
        i = indices.get()
        if i is None:
            break
        with numbers.get_lock():
            numbers[i] = numbers[i] * numbers[i] + 1


def add_neighbour(raw, indices):
    while True:
        i = indices.get()
        if i is None:
            break
        raw[i] = raw[i - 1] + raw[i] * 2


if __name__ == "__main__":
    numbers = multiprocessing.Array("i", [1, 2, 3, 4])
    raw = multiprocessing.RawArray("i", [5, 6, 7])
    first = multiprocessing.Queue()
    second = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=square_at, args=(numbers, first)),
        multiprocessing.Process(target=add_neighbour, args=(raw, second)),
    ]
    for w in workers:
        w.start()
    for i in [0, 3, -1]:
        first.put(i)
    first.put(None)
    for i in [1, 2, 0]:
        second.put(i)
    second.put(None)
    for w in workers:
        w.join()
    print(list(numbers), list(raw))
