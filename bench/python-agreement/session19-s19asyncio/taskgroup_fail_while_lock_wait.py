# CHECK (session 19): a TaskGroup child fails while another waits in `async with lock`. CPython 3.11.7:
# ['contender cancelled', 'caught', 'main got the lock'] in 20 of 20; weft agrees (one outcome).
import asyncio

log = []


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.05)
        log.append("holder done")


async def contender(lock):
    try:
        async with lock:
            log.append("contender in")
    except asyncio.CancelledError:
        log.append("contender cancelled")
        raise


async def failer():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def main():
    lock = asyncio.Lock()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(holder(lock))
            tg.create_task(contender(lock))
            tg.create_task(failer())
    except* ValueError:
        log.append("caught")
    async with lock:
        log.append("main got the lock")


asyncio.run(main())
print(log)
