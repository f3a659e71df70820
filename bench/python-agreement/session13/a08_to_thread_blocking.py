# Expected: blocking work moved to threads with asyncio.to_thread runs alongside the loop; a threading.Lock keeps the shared count right (count == 3, ticks >= 1).
import asyncio
import threading
import time

count = 0
ticks = 0
count_lock = threading.Lock()


def blocking_io():
    global count
    time.sleep(0.02)
    with count_lock:
        count += 1


async def heartbeat():
    global ticks
    for _ in range(3):
        await asyncio.sleep(0.005)
        ticks += 1


async def main():
    await asyncio.gather(
        asyncio.to_thread(blocking_io),
        asyncio.to_thread(blocking_io),
        asyncio.to_thread(blocking_io),
        heartbeat(),
    )


asyncio.run(main())
print(count, ticks)
