# initializer/initargs set a global in each worker; jobs read it.
import multiprocessing

log = []

factor = 1


def setup(value):
    global factor
    factor = value


def scale(n):
    return n * factor


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2, initializer=setup, initargs=(10,)) as pool:
        results = pool.map(scale, [1, 2, 3])
    log.extend(results)
    log.append(factor)
    print(log)
