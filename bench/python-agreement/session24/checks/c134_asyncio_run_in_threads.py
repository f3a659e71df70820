"""Each thread runs its own event loop with asyncio.run; results gathered under a lock."""
import asyncio
import threading

results = []
lock = threading.Lock()


async def fetch_all(base):
    values = await asyncio.gather(*(asyncio.sleep(0.001 * i, result=base + i) for i in range(3)))
    return sum(values)


def worker(base):
    total = asyncio.run(fetch_all(base))
    with lock:
        results.append(total)


threads = [threading.Thread(target=worker, args=(b,)) for b in (10, 20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
results.sort()
print(results)
