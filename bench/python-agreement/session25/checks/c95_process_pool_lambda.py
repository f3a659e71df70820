# check: ProcessPoolExecutor cannot pickle a lambda either: the future raises PicklingError
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda x: x + 1, [1, 2, 3]))
    total = sum(results)
    print(total)
