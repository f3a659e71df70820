# check: asyncio.run waits for the default executor's threads (to_thread jobs) before it returns
import asyncio
import time

ran = []


def blocking(n):
    time.sleep(0.02)
    ran.append(n)


async def main():
    t = asyncio.create_task(asyncio.to_thread(blocking, 1))
    await asyncio.sleep(0.001)
    t.cancel()


asyncio.run(main())
after = len(ran)
