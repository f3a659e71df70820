# FIXED (session 19): a cancel of the awaiter of gather(t1, t2) over tasks made before cancels both.
# CPython 3.11.7: ['a', 'b'] in 20 of 20; weft before: ['a'] only, "complete"; now CPython's, its one outcome.
import asyncio

stopped = []


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        stopped.append(name)
        raise


async def parent():
    t1 = asyncio.create_task(child("a", 1))
    t2 = asyncio.create_task(child("b", 2))
    await asyncio.gather(t1, t2)


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.05)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        pass
    await asyncio.sleep(0.01)


asyncio.run(main())
print(sorted(stopped))
