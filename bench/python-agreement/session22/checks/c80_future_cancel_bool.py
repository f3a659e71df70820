import time
from concurrent.futures import ThreadPoolExecutor

texts = []


def job(n):
    time.sleep(0.02)
    return n


with ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(job, 1)
    second = ex.submit(job, 2)
    c = second.cancel()
    texts.append(f"cancel queued {c}")
    time.sleep(0.03)
    d = first.cancel()
    texts.append(f"cancel finished {d}")
print(texts)
