# shutdown(wait=False) returns at once, but the interpreter still joins the pool's threads at exit
import time
from concurrent.futures import ThreadPoolExecutor

done = 0
seen_at_shutdown = -1


def job():
    global done
    time.sleep(0.02)
    done = 1


pool = ThreadPoolExecutor(max_workers=1)
pool.submit(job)
pool.shutdown(wait=False)
seen_at_shutdown = done
print(seen_at_shutdown)
