# ordered
# wait_for(sem.acquire(), t) timing out while the semaphore is held: the waiter does not get it; the
# holder's release goes to the next acquire.
import asyncio

log = []


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.01)
        log.append("got it")
    except asyncio.TimeoutError:
        log.append("timeout")
    sem.release()
    await asyncio.wait_for(sem.acquire(), timeout=0.1)
    log.append("acquired after release")
    log.append(sem.locked())


asyncio.run(main())
print(log)
