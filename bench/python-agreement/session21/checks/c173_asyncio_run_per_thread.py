# each thread runs its own event loop with asyncio.run
import asyncio
import threading

results = []
lock = threading.Lock()


async def compute(n):
    await asyncio.sleep(0.01)
    return n * 10


def worker(n):
    value = asyncio.run(compute(n))
    with lock:
        results.append(value)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(results)
print(total)
