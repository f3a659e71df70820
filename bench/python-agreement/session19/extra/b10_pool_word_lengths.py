"""multiprocessing.Pool.map over words: the longest word's length, computed in worker processes."""
import multiprocessing as mp

WORDS = ["pool", "process", "map", "interpreter"]


def length(word):
    return len(word)


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        lengths = pool.map(length, WORDS)
    longest = max(lengths)
    total = sum(lengths)
    assert longest == 11
