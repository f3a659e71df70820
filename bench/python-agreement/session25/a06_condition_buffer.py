import asyncio
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity):
        self.items = deque()
        self.capacity = capacity
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.popleft()
            self.cond.notify_all()
            return item


async def producer(buf, n):
    for i in range(n):
        await buf.put(i)
    await buf.put(None)


async def consumer(buf):
    got = []
    while (item := await buf.get()) is not None:
        got.append(item)
    return got


async def main():
    buf = BoundedBuffer(2)
    _, got = await asyncio.gather(producer(buf, 6), consumer(buf))
    print("consumed", got, "left", list(buf.items))


asyncio.run(main())
