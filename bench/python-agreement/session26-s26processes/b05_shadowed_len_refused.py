"""Refused as before: the file binds `len` itself, so `len` is no builtin here."""
from multiprocessing import Pool

len = abs

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        sizes = pool.map(len, [-1, -2])
    print(sizes)
