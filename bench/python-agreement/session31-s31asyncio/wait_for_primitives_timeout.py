# `wait_for(lock.acquire(), t)`, `wait_for(sem.acquire(), t)` and `wait_for(q.join(), t)` that give up
# at their deadline (the lock, unit or join still unavailable), then succeed once the holder lets go:
# a cancelled acquire leaves the lock's waiters, so the next one gets it
import asyncio

lock = asyncio.Lock()
sem = asyncio.Semaphore(1)
log = []


async def holder():
    async with lock:
        async with sem:
            log.append("holding")
            await asyncio.sleep(0.03)
    log.append("released")


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.02)
        log.append(("done", item))
        q.task_done()


async def main():
    hold = asyncio.create_task(holder())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.01)
        log.append("lock taken early")
        lock.release()
    except asyncio.TimeoutError:
        log.append("lock timed out")
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.005)
        log.append("unit taken early")
        sem.release()
    except asyncio.TimeoutError:
        log.append("unit timed out")
    await asyncio.wait_for(lock.acquire(), timeout=1)
    log.append("lock taken")
    lock.release()
    q = asyncio.Queue()
    q.put_nowait(1)
    consumer = asyncio.create_task(worker(q))
    try:
        await asyncio.wait_for(q.join(), timeout=0.005)
        log.append("joined early")
    except asyncio.TimeoutError:
        log.append("join timed out")
    await asyncio.wait_for(q.join(), timeout=1)
    log.append("joined")
    consumer.cancel()
    await hold


asyncio.run(main())
print(log)
