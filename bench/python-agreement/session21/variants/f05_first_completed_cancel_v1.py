import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED


def mirror(name, delay):
    time.sleep(delay)
    return f"{name} answered"


def main():
    pool = ThreadPoolExecutor(max_workers=2)
    futures = [
        pool.submit(mirror, "eu", 0.05),
        pool.submit(mirror, "us", 0.01),
        pool.submit(mirror, "asia", 0.02),
    ]
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    winner = done.pop().result()
    cancelled = []
    for f in pending:
        cancelled.append(f.cancel())
    pool.shutdown(wait=True)
    print("winner:", winner)
    print("cancelled:", cancelled.count(True), "of", len(cancelled))
    print("asia cancelled:", futures[2].cancelled())


main()
