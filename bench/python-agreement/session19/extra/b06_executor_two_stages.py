"""Stage-one futures collected with as_completed feed stage-two jobs; results summed."""
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

doubled = []
squares_total = 0


def double(n):
    time.sleep(0.001 * n)
    return n * 2


def square(n):
    return n * n


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        firsts = [pool.submit(double, n) for n in range(1, 4)]
        for fut in as_completed(firsts):
            value = fut.result()
            doubled.append(value)
            second = pool.submit(square, value)
            squares_total += second.result()
    doubled.sort()
    assert squares_total == 4 + 16 + 36
