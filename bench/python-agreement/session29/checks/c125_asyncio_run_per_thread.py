# each worker thread runs its own event loop; the loops race on a shared counter
import asyncio
import threading

total = 0


async def add(n):
    global total
    seen = total
    await asyncio.sleep(0.001)
    total = seen + n


def worker(n):
    asyncio.run(add(n))


ts = [threading.Thread(target=worker, args=(n,)) for n in (1, 10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
