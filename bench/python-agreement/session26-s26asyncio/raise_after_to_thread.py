"""The coroutine raises while a to_thread job it gave up on runs; asyncio.run raises only after the thread ends."""
import asyncio
import time

done = 0


def slow_write(n):
    global done
    time.sleep(0.05)
    done = n


async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(slow_write, 9), timeout=0.01)
    except asyncio.TimeoutError:
        raise ValueError("gave up")


try:
    asyncio.run(main())
except ValueError:
    print("caught", done)
assert done == 9
