# no bug: multiprocessing.Pool.map returns the results in input order
from multiprocessing import Pool


def word_length(word):  # weft: cpu 10us
    return len(word)


words = ["alpha", "be", "gamma", "pi"]
lengths = []

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        lengths = pool.map(word_length, words)
    print("lengths", lengths)
    assert lengths == [5, 2, 5, 2]
