# A bounded async buffer built on asyncio.Condition with wait_for predicates; asyncio.timeout guards the
# variant _g: the final values also stored in the module dict `final`, so that agree.py compares them
# consumer's total run time.
import asyncio

final = {}


class Buffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) > 0)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


async def produce(buf, name, count):
    for i in range(count):
        await buf.put(f"{name}{i}")
        await asyncio.sleep(0.001)


async def consume(buf, n, got):
    async with asyncio.timeout(0.5):
        for _ in range(n):
            got.append(await buf.get())


async def main():
    buf = Buffer(capacity=2)
    got = []
    await asyncio.gather(produce(buf, "a", 3), produce(buf, "b", 2), consume(buf, 5, got))
    print(sorted(got), "left", buf.items)
    final["got"] = ",".join(got)
    final["left"] = len(buf.items)
    print("a in order", [g for g in got if g.startswith("a")] == ["a0", "a1", "a2"])


asyncio.run(main())
