# Refused by weft import (session 19): cancelling a ProcessPoolExecutor's jobs. CPython 3.11.7 printed
# cancelled=5 (5 of 5 runs, 07:59 UTC): its executor moves max_workers + 1 queued jobs into the call
# queue ahead of the workers and marks them running, so the third job cannot be cancelled though no
# worker has started it (weft's executor would cancel it: cancelled=6).
import time
from concurrent.futures import ProcessPoolExecutor

cancelled = 0


def job(i):
    time.sleep(0.2)
    return i


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(job, i) for i in range(8)]
        time.sleep(0.05)
        for f in fs:
            if f.cancel():
                cancelled += 1
    print(f"cancelled={cancelled}")
