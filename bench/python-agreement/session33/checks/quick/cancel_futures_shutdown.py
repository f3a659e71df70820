import threading
from concurrent.futures import ThreadPoolExecutor
gate = threading.Event()
ran = []
def job(n):
    if n == 0:
        gate.wait()
    ran.append(n)
pool = ThreadPoolExecutor(1)
fs = [pool.submit(job, n) for n in range(3)]
pool.shutdown(wait=False, cancel_futures=True)
gate.set()
pool.shutdown(wait=True)
states = [f.cancelled() for f in fs]
print(ran, states)
