# multiprocessing.Pool: starmap over (base, exponent) pairs, then apply_async for a checksum of the powers.
from multiprocessing import Pool

powers = []
digest = 0


def power(base, exponent):
    return base ** exponent


def checksum(values):
    return sum(values) % 1000


def main():
    global powers, digest
    pairs = [(2, 10), (3, 4), (5, 3), (7, 2)]
    with Pool(processes=2) as pool:
        powers = pool.starmap(power, pairs)
        pending = pool.apply_async(checksum, (powers,))
        digest = pending.get()
    print("powers", powers, "digest", digest)


if __name__ == "__main__":
    main()
