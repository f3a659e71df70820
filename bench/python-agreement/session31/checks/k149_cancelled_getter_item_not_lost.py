# a getter's wait on an asyncio.Queue times out (its wait_for cancels it); a later item goes to the other getter
import asyncio

log = []


async def get_item(q):
    return await q.get()


async def impatient(q):
    try:
        log.append(await asyncio.wait_for(get_item(q), timeout=0.01))
    except asyncio.TimeoutError:
        log.append("impatient gave up")


async def patient(q):
    log.append(await q.get())


async def producer(q):
    await asyncio.sleep(0.03)
    q.put_nowait("item")


async def main():
    q = asyncio.Queue()
    await asyncio.gather(impatient(q), patient(q), producer(q))


asyncio.run(main())
print(log)
