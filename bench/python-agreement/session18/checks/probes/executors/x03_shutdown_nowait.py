import time
from concurrent.futures import ThreadPoolExecutor

done = []

def job(n):
    time.sleep(0.01)
    done.append(n)

ex = ThreadPoolExecutor(max_workers=2)
for n in range(2):
    ex.submit(job, n)
ex.shutdown(wait=False)
early = len(done)
