import multiprocessing as mp

cache: dict[int, int] = {}
hits = 0


def lookup(key: int) -> int:
    global hits
    if key in cache:
        hits += 1
        return hits
    cache[key] = key * 2
    return 0


if __name__ == "__main__":
    with mp.Pool(processes=1) as pool:
        first = pool.apply_async(lookup, (5,)).get()
        second = pool.apply_async(lookup, (5,)).get()
    print(first, second)
