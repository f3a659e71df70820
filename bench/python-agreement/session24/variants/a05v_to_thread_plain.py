"""wait_for with a time-out around a slow coroutine, and asyncio.to_thread for a blocking call."""
import asyncio
import time

timeouts = 0
values = []


def blocking_read(n):
    time.sleep(0.005)
    return n * 3


async def slow_lookup(n):
    await asyncio.sleep(0.5)
    return n


async def main():
    global timeouts
    for n in (1, 2):
        try:
            values.append(await asyncio.wait_for(slow_lookup(n), timeout=0.01))
        except asyncio.TimeoutError:
            timeouts += 1
    values.append(await asyncio.to_thread(blocking_read, 7))
    values.append(await asyncio.to_thread(blocking_read, 4))


asyncio.run(main())
print(timeouts, values)
assert timeouts == 2 and values == [21, 12]
