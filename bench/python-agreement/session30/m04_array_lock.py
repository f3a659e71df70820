from multiprocessing import Array, Lock, Process


def fill(shared, lock, start, stop, factor):
    for i in range(start, stop):
        shared[i] = i * factor
    with lock:
        shared[0] += 1  # count finished workers in slot 0


def main():
    size = 9
    shared = Array("i", size)
    lock = Lock()
    bounds = [(1, 5, 2), (5, 9, 3)]
    procs = [Process(target=fill, args=(shared, lock, a, b, f)) for a, b, f in bounds]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    values = shared[:]
    print("finished workers:", values[0])
    print("values:", values[1:])
    print("sum:", sum(values[1:]))


if __name__ == "__main__":
    main()
