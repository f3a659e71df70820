# ProcessPoolExecutor.submit then as_completed: every result arrives, in completion order
import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def square(n):
    time.sleep(0.001 * (4 - n))
    return n * n


if __name__ == "__main__":
    total = 0
    count = 0
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(square, n) for n in range(4)]
        for f in as_completed(futures):
            total += f.result()
            count += 1
    print(total, count)
