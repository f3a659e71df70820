# shutdown(wait=False): main goes on at once, the job still runs to its end before the program exits
import time
from concurrent.futures import ThreadPoolExecutor

written = 0
seen_at_shutdown = -1


def job():
    global written
    time.sleep(0.05)
    written = 1


pool = ThreadPoolExecutor(max_workers=1)
pool.submit(job)
pool.shutdown(wait=False)
seen_at_shutdown = written
