import asyncio

active = 0
peak = 0
total = 0


class Session:
    def __init__(self, user: str) -> None:
        self.user = user

    async def __aenter__(self) -> "Session":
        global active, peak
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.001)
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        global active
        active -= 1

    async def query(self, n: int) -> int:
        await asyncio.sleep(0.002)
        return n * 10


async def lookup(n: int) -> int:
    async with Session(f"u{n}") as session:
        return await session.query(n)


async def handle(n: int) -> None:
    global total
    value = await lookup(n)
    total += value


async def main() -> None:
    await asyncio.gather(handle(1), handle(2), handle(3))


asyncio.run(main())
print(f"total={total} peak={peak} active={active}")
