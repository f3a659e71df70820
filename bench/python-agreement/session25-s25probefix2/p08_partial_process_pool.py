# functools.partial of a module function given to a process pool: picklable, imports as before
from concurrent.futures import ProcessPoolExecutor
from functools import partial


def add(a, b):
    return a + b


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        value = pool.submit(partial(add, 10), 5).result()
    print(value)
