# an async context manager class hands out connections from an asyncio.Queue; three clients, two connections
import asyncio

ticks = 0
used = []
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


class Checkout:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    async def __aenter__(self):
        self.conn = await self.pool.get()
        return self.conn

    async def __aexit__(self, exc_type, exc, tb):
        self.pool.put_nowait(self.conn)
        return False


async def client(pool, name):
    async with Checkout(pool) as conn:
        used.append((name, conn))
        await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker())
    pool = asyncio.Queue()
    pool.put_nowait("c1")
    pool.put_nowait("c2")
    await asyncio.gather(client(pool, "a"), client(pool, "b"), client(pool, "c"))
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(used, report)
