# check: await ev.wait() on an Event already set returns without suspending
import asyncio

log = []


async def side():
    log.append("side")


async def main():
    ev = asyncio.Event()
    ev.set()
    t = asyncio.create_task(side())
    await ev.wait()
    log.append("waited")
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    log.append("acquired")
    await asyncio.sleep(0)
    log.append("slept")
    await t


asyncio.run(main())
print(log)
