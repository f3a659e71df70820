from multiprocessing import Pool


def square(n: int) -> int:
    return n * n


asynced: list[int] = []
ordered: list[int] = []

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        handles = [pool.apply_async(square, (n,)) for n in range(4)]
        asynced = [h.get(timeout=2) for h in handles]
        ordered = list(pool.imap(square, range(5)))
    print(asynced, ordered)
    assert asynced == [0, 1, 4, 9] and ordered == [0, 1, 4, 9, 16]
