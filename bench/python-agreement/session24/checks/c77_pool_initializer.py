"""Pool(initializer=..., initargs=...) sets a global in each worker; the jobs read it."""
import multiprocessing

factor = 1


def init(value):
    global factor
    factor = value


def scale(n):
    return n * factor


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=init, initargs=(10,)) as pool:
        scaled = pool.map(scale, [1, 2, 3])
    total = sum(scaled)
    print(total, factor)
