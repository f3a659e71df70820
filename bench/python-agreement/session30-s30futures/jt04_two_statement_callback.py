# BUG: lost update: the done callbacks run in the pool's workers and bump a counter between a read and a write
"""The textbook loop `fut = pool.submit(job, n)` then `fut.add_done_callback(cb)`, the future named
nowhere else, with a callback that sleeps between its read and its write of a shared counter."""
import time
from concurrent.futures import ThreadPoolExecutor

finished = 0


def download(n):
    time.sleep(0.002)
    return n


def count(fut):
    global finished
    seen = finished
    time.sleep(0.001)  # log the download
    finished = seen + 1 + 0 * fut.result()


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        for n in range(3):
            fut = pool.submit(download, n)
            fut.add_done_callback(count)
    print(f"finished={finished}")
    assert finished == 3, f"{3 - finished} callbacks lost their update"


main()
