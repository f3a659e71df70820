from multiprocessing import Pool


def power(base: int, exp: int) -> int:
    return base ** exp


def double(x: int) -> int:
    return 2 * x


if __name__ == "__main__":
    with Pool(2) as pool:
        powers = pool.starmap(power, [(2, 3), (3, 2), (5, 1)])
        doubled = sorted(pool.imap_unordered(double, range(4)))
        chunked = pool.map(double, range(6), chunksize=4)
    p_total = sum(powers)
    d_total = sum(doubled)
    c_total = sum(chunked)
    print(powers, doubled, chunked)
