# a process pool's first job is done some 10 ms after submit on Linux (fork); main looks at 40 ms
import time
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        fut = ex.submit(square, 7)
        time.sleep(0.04)
        done_early = 1 if fut.done() else 0
        value = fut.result()
    print(done_early, value)
