# check: Pool.map with a failing item still runs every other item before raising in the parent
from multiprocessing import Pool, Value

done = -1
errors = 0


def init(v):
    global counter
    counter = v


def job(n):
    if n == 0:
        raise ValueError("zero")
    with counter.get_lock():
        counter.value += 1
    return n


if __name__ == "__main__":
    v = Value("i", 0)
    pool = Pool(1, initializer=init, initargs=(v,))
    try:
        pool.map(job, [0, 1, 2, 3], chunksize=1)
    except ValueError:
        errors += 1
    pool.close()
    pool.join()
    done = v.value
