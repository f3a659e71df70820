"""os._exit after submitting to an executor without a with: the job's sleep never ends its write."""
import os
import time
from concurrent.futures import ThreadPoolExecutor

state = [0]


def job():
    time.sleep(0.03)
    state[0] = 2


pool = ThreadPoolExecutor(max_workers=1)
pool.submit(job)
state[0] = 1
print(state)
os._exit(0)
