# no bug: two jobs of 50 ms on a default multiprocessing Pool
from multiprocessing import Pool
import time


def download(n):
    time.sleep(0.05)
    return n


total = 0

if __name__ == "__main__":
    with Pool() as pool:
        results = pool.map(download, [1, 2])
    total = sum(results)
