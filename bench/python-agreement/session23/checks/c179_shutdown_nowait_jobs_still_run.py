# check: shutdown(wait=False) returns at once, but the interpreter's exit still waits for the queued jobs
import time
from concurrent.futures import ThreadPoolExecutor

ran = []


def job(n):
    time.sleep(0.01)
    ran.append(n)


ex = ThreadPoolExecutor(max_workers=1)
for n in range(3):
    ex.submit(job, n)
ex.shutdown(wait=False)
at_shutdown = len(ran)
