import time
from concurrent.futures import ThreadPoolExecutor

flags = [0, 0]


def nap():
    time.sleep(0.02)
    return 1


ex = ThreadPoolExecutor(max_workers=1)
running = ex.submit(nap)
queued = ex.submit(nap)
time.sleep(0.005)
flags[0] = 1 if running.cancel() else 0
flags[1] = 1 if queued.cancel() else 0
ex.shutdown()
print(flags)
