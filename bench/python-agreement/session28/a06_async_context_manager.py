import asyncio

open_now = 0
max_open = 0
closed = 0
rows_fetched = 0


class Connection:
    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Connection":
        global open_now, max_open
        await asyncio.sleep(0.005)  # handshake
        open_now += 1
        max_open = max(max_open, open_now)
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        global open_now, closed
        open_now -= 1
        closed += 1
        return False

    async def fetch(self, n: int) -> int:
        await asyncio.sleep(0.01)
        return n


async def query(limit: asyncio.Semaphore, n: int) -> int:
    global rows_fetched
    async with limit:
        async with Connection(f"conn{n}") as conn:
            rows = await conn.fetch(n)
            rows_fetched += rows
            return rows


async def main() -> None:
    limit = asyncio.Semaphore(2)
    await asyncio.gather(*[query(limit, n) for n in range(1, 6)])


asyncio.run(main())
print(f"rows={rows_fetched} max_open={max_open} closed={closed} open_now={open_now}")
assert rows_fetched == 15 and max_open == 2 and closed == 5 and open_now == 0
