# FIXED (session 19): two put_nowait then main's get, a getter woken by the first: main takes 'a'.
# CPython 3.11.7: ['main a', 'consumer b'] in 20 of 20; weft before: ['main b', 'consumer a'] only; now CPython's.
import asyncio

log = []


async def consumer(q):
    item = await q.get()
    log.append(f"consumer {item}")


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    q.put_nowait("a")
    q.put_nowait("b")
    item = await q.get()
    log.append(f"main {item}")
    await c


asyncio.run(main())
print(log)
