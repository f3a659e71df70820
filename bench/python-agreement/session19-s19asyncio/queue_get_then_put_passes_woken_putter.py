# FIXED (session 19): a get then a put of main, with a putter waiting on the full queue: CPython's put goes
# in, the woken putter waits again. CPython 3.11.7: ['a', 'main put c', 'c', 'put b', 'b'] in 20 of 20; weft
# before: a deadlock only, "complete"; now CPython's, its one outcome.
import asyncio

log = []


async def producer(q, item):
    await q.put(item)
    log.append(f"put {item}")


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put("a")
    p = asyncio.create_task(producer(q, "b"))
    await asyncio.sleep(0)
    log.append(await q.get())
    await q.put("c")
    log.append("main put c")
    log.append(await q.get())
    log.append(await q.get())
    await p


asyncio.run(main())
print(log)
