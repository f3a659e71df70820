"""A pool of 3 threads handles 7 requests of 8ms I/O each."""
import time
from concurrent.futures import ThreadPoolExecutor


def handle(request_id):
    time.sleep(0.008)
    return request_id * 2


with ThreadPoolExecutor(max_workers=3) as pool:
    answers = list(pool.map(handle, range(7)))
print("answers:", answers)
