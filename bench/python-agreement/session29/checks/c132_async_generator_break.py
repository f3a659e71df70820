# an async generator left by break is closed later (by its finalizer or by asyncio.run's shutdown)
import asyncio

closed = 0
seen_after_break = -1


async def ticks():
    global closed
    try:
        for i in range(5):
            await asyncio.sleep(0)
            yield i
    finally:
        closed = 1


async def main():
    global seen_after_break
    async for n in ticks():
        if n == 1:
            break
    seen_after_break = closed


asyncio.run(main())
print(seen_after_break, closed)
