# no bug: an asyncio.Lock keeps the read-await-write update of the visit counter atomic
import asyncio


class VisitCounter:
    def __init__(self):
        self.visits = 0
        self._lock = asyncio.Lock()

    async def record(self):
        async with self._lock:
            current = self.visits
            await asyncio.sleep(0)
            self.visits = current + 1


counter = VisitCounter()


async def browse(pages: int):
    for _ in range(pages):
        await counter.record()


async def main():
    await asyncio.gather(*(browse(3) for _ in range(3)))


asyncio.run(main())
print("visits:", counter.visits)
assert counter.visits == 9
