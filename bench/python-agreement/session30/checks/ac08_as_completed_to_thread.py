import asyncio
import time

started = []
got = []


def blocking(n):
    started.append(n)
    time.sleep(0.001 * n)
    return n


async def main():
    for f in asyncio.as_completed([asyncio.to_thread(blocking, 2), asyncio.to_thread(blocking, 1)]):
        got.append(await f)


asyncio.run(main())
print(started, got)
