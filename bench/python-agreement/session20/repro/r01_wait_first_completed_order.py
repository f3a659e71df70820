"""wait(FIRST_COMPLETED) over a 5 ms job and an 80 ms job in a pool of two: the fast one is always the first done."""
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

first = ""
done_count = 0


def job(name, seconds):
    time.sleep(seconds)
    return name


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(job, "fast", 0.005), pool.submit(job, "slow", 0.08)]
        done, not_done = wait(futures, return_when=FIRST_COMPLETED)
        done_count = len(done)
        first = next(iter(done)).result()
