# Shutting an executor down early: shutdown(wait=False, cancel_futures=True) cancels the queued uploads.
import time
from concurrent.futures import ThreadPoolExecutor

uploaded = []


def upload(name):
    time.sleep(0.01)
    uploaded.append(name)
    return len(name)


pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(upload, f"file{i}.bin") for i in range(6)]
time.sleep(0.001)
pool.shutdown(wait=False, cancel_futures=True)

cancelled = sum(1 for f in futures if f.cancelled())
sizes = []
for f in futures:
    if not f.cancelled():
        sizes.append(f.result())
done_count = len(sizes)
print(f"cancelled={cancelled} done={done_count} uploaded={len(uploaded)} bytes={sum(sizes)}")
