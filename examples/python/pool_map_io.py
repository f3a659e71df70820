"""A pool of four threads over ten I/O jobs of 100ms (concurrent.futures): the jobs wait for a free worker,
so the ten take three rounds, about 300ms, and `map` gives the results in the order of the items."""
import time
from concurrent.futures import ThreadPoolExecutor

total = 0


def fetch(page):
    time.sleep(0.1)  # a request that waits on the network
    return page * 2


def main():
    global total
    with ThreadPoolExecutor(max_workers=4) as pool:
        for doubled in pool.map(fetch, range(10)):
            total += doubled


if __name__ == "__main__":
    main()
    print("total:", total)
