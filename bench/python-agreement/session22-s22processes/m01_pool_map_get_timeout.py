# session21/m01 without its last line (`lengths.index(...)` in a print, refused on its own): `get(timeout=5)` imports.
from multiprocessing import Pool


def word_length(word):
    return len(word)


def cube(n):
    return n ** 3


if __name__ == "__main__":
    words = ["alpha", "be", "gamma", "delta", "pi"]
    with Pool(processes=2) as pool:
        lengths = pool.map(word_length, words)
        pending = [pool.apply_async(cube, (n,)) for n in range(4)]
        cubes = [p.get(timeout=5) for p in pending]
        streamed = list(pool.imap(word_length, words[:3]))
    print("lengths:", lengths)
    print("cubes:", cubes)
    print("imap:", streamed)
