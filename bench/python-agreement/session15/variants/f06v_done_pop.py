# variant of f06 (next(iter(done)) refused): done.pop().result() -- no bug: wait(FIRST_COMPLETED) returns once the quickest mirror answers
import concurrent.futures
import time

winner = 0
pending_count = 0


def ping(mirror, latency):
    time.sleep(latency)
    return mirror


executor = concurrent.futures.ThreadPoolExecutor(max_workers=3)
futures = [executor.submit(ping, 1, 0.05), executor.submit(ping, 2, 0.005), executor.submit(ping, 3, 0.08)]
done, pending = concurrent.futures.wait(futures, return_when=concurrent.futures.FIRST_COMPLETED)
winner = done.pop().result()
pending_count = len(pending)
executor.shutdown(wait=True)
assert winner == 2
