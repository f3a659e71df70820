"""A builtin as the function of a process pool's `map` and `imap`."""
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        magnitudes = pool.map(abs, [-1, 2, -3])
        words = list(pool.imap(str, [10, 20]))
    print(magnitudes, words)
    assert magnitudes == [1, 2, 3] and words == ["10", "20"]
