# CPython 3.11.7, 10 runs: ok seen=1 10 of 10 (`print("got", f.result())` waits for the job, whose
# write comes first); weft before session 20's end also listed seen=0 (the wait was only read).
import time
from concurrent.futures import ThreadPoolExecutor

flag = 0
seen = 0


def job():
    global flag
    time.sleep(0.01)
    flag = 1
    return 7


if __name__ == "__main__":
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(job)
    print("got", future.result(), "from the pool")
    seen = flag
    pool.shutdown()
