# check: asyncio.to_thread runs a blocking function in a thread; two run at once
import asyncio
import time

results = []


def blocking_io(n):
    time.sleep(0.02)
    return n * 2


async def main():
    a, b = await asyncio.gather(asyncio.to_thread(blocking_io, 1), asyncio.to_thread(blocking_io, 2))
    results.append(a)
    results.append(b)


asyncio.run(main())
print(results)
