# A multiprocessing.Pool job writes to a module dict: the parent's dict is unchanged.
import multiprocessing

log = []
cache = {}


def job(key):
    cache[key] = key * 10
    return len(cache)


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        sizes = pool.map(job, [1, 2, 3])
    log.append(len(cache))
    log.append(max(sizes) >= 1)
    print(log)
