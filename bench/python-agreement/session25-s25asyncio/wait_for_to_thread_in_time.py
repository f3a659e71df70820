"""wait_for around to_thread calls: one in time, one given up (its thread's late write read at the end)."""
import asyncio
import time

late = 0
timeouts = 0
values = []


def read(n):
    time.sleep(0.002)
    return n * 3


def slow_write(n):
    global late
    time.sleep(0.03)
    late = n


async def main():
    global timeouts
    values.append(await asyncio.wait_for(asyncio.to_thread(read, 7), timeout=1.0))
    try:
        await asyncio.wait_for(asyncio.to_thread(slow_write, 5), timeout=0.005)
    except asyncio.TimeoutError:
        timeouts += 1
    values.append(late)


asyncio.run(main())
time.sleep(0.1)
print(values, timeouts, late)
assert values == [21, 0] and timeouts == 1 and late == 5
