# A worker's name compared with its prefix's text: weft keeps thread names opaque, so the read is refused.
import threading
from concurrent.futures import ThreadPoolExecutor

hits = {}


def job(i):
    hits[i] = threading.current_thread().name == "fetch_0"


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetch") as pool:
    for i in range(3):
        pool.submit(job, i)
print(hits)
