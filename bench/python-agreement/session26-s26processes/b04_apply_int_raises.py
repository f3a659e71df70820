# BUG: `int` run by the pool raises ValueError for "x"; `get()` raises it again in the parent
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        results = [pool.apply_async(int, (text,)) for text in ["1", "x", "3"]]
        numbers = [result.get() for result in results]
    print(sum(numbers))
