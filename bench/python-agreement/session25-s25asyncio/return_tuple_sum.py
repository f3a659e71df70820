"""A coroutine returns `(peak, sum(sizes))` of an instance's attributes while thread jobs still append."""
import asyncio
import time


class Meter:
    def __init__(self):
        self.peak = 0
        self.sizes = []


meter = Meter()


def record(size):
    time.sleep(0.001 * size)
    meter.sizes.append(size)
    meter.peak = max(meter.peak, size)


async def main():
    first = asyncio.create_task(asyncio.to_thread(record, 3))
    await asyncio.to_thread(record, 1)
    return meter.peak, sum(meter.sizes)


peak, total = asyncio.run(main())
print(peak, total, len(meter.sizes))
