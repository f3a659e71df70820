# CPython 3.11.7, 10 runs: ok seen=1 10 of 10 (print(f.result()) waits for the job, so the job's write
# comes first); weft before session 20's end also listed seen=0 (the wait inside print was dropped).
import threading
import time
from concurrent.futures import ThreadPoolExecutor

flag = 0
seen = 0


def job():
    global flag
    time.sleep(0.01)
    flag = 1
    return "done"


if __name__ == "__main__":
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(job)
    print(future.result())
    seen = flag
    pool.shutdown()
