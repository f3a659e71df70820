from multiprocessing import Pool


def power(base, exp):
    return base ** exp


def double(x):
    return 2 * x


if __name__ == "__main__":
    with Pool(2) as pool:
        powers = pool.starmap(power, [(2, 3), (3, 2)])
        doubled = sorted(pool.imap_unordered(double, [1, 2, 3]))
    total = sum(powers) + sum(doubled)
    print(powers, doubled, total)
