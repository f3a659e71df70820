"""A process pool job counts its calls in a module global: the worker keeps its copy, refused."""
from concurrent.futures import ProcessPoolExecutor

calls = 0
total = 0


def job(n):
    global calls
    calls += 1
    return n + calls


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        total = ex.submit(job, 1).result() + ex.submit(job, 2).result()
    print(total)
