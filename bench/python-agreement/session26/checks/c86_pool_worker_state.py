from multiprocessing import Pool

calls = 0


def handle(x: int) -> int:
    global calls
    calls += 1
    return calls


if __name__ == "__main__":
    with Pool(1) as pool:
        seen = pool.map(handle, range(3))
    total = sum(seen)
    parent_calls = calls
    print(seen, total, parent_calls)
