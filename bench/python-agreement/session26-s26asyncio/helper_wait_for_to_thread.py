"""wait_for gives up on a helper coroutine that awaits to_thread; the thread finishes before asyncio.run returns."""
import asyncio
import time

done = 0


def slow_write(n):
    global done
    time.sleep(0.05)
    done = n


async def reader():
    await asyncio.to_thread(slow_write, 3)


async def main():
    try:
        await asyncio.wait_for(reader(), timeout=0.01)
    except asyncio.TimeoutError:
        print("gave up", done)


asyncio.run(main())
print("after", done)
assert done == 3
