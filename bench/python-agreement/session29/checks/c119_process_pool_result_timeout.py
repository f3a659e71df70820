# a process pool's job answers within 40 ms on Linux (fork); result(timeout=0.04) gets it
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def square(x):
    return x * x


if __name__ == "__main__":
    value = -1
    with ProcessPoolExecutor(max_workers=1) as ex:
        fut = ex.submit(square, 7)
        try:
            value = fut.result(timeout=0.04)
        except TimeoutError:
            value = 0
    print(value)
