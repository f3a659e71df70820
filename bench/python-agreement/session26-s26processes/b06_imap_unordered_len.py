"""`for n in pool.imap_unordered(len, words):` a builtin in the completion-order loop."""
from multiprocessing import Pool

if __name__ == "__main__":
    total = 0
    with Pool(processes=2) as pool:
        for n in pool.imap_unordered(len, ["a", "bb"]):
            total += n
    print(total)
