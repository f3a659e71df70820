# A list of results handed to a process pool's job: the job gets a copy (CPython pickles it).
from multiprocessing import Pool

digest = 0
other = 0


def square(n):
    return n * n


def power(base, exponent):
    return base ** exponent


def checksum(values):
    return sum(values) % 1000


def main():
    global digest, other
    with Pool(processes=2) as pool:
        squares = pool.map(square, [1, 2, 3, 4])
        digest = pool.apply_async(checksum, (squares,)).get(timeout=5)
        powers = pool.starmap(power, [(2, 10), (3, 4), (5, 3)])
        pending = pool.apply_async(checksum, (powers,))
        other = pending.get()
    print("squares", squares, "digest", digest, "powers", powers, "other", other)


if __name__ == "__main__":
    main()
