# wait_for gives up on a to_thread call, but the thread cannot be cancelled: it finishes anyway
import asyncio
import time

written = 0
timed_out = 0


def slow_write():
    global written
    time.sleep(0.03)
    written = 1


async def main():
    global timed_out
    try:
        await asyncio.wait_for(asyncio.to_thread(slow_write), timeout=0.005)
    except asyncio.TimeoutError:
        timed_out = 1


asyncio.run(main())
print(written, timed_out)
