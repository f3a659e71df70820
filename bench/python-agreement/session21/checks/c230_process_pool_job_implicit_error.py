# a ProcessPoolExecutor job failing implicitly: the error goes to its future, the other jobs run on
from concurrent.futures import ProcessPoolExecutor

results = []


def invert(n):
    return 60 // n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(invert, n) for n in (1, 0, 3)]
    for f in futures:
        try:
            results.append(f.result())
        except ZeroDivisionError:
            results.append(-1)
    print(results)
