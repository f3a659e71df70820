# ProcessPoolExecutor.map of a lambda: PicklingError when the results are read
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        values = list(pool.map(lambda x: x + 1, [1, 2, 3]))
    total = sum(values)
    print(total)
