import asyncio

opened = 0
peak = 0
closed = 0
log = []


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Resource":
        global opened, peak
        await asyncio.sleep(0.001)
        opened += 1
        peak = max(peak, opened)
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        global opened, closed
        await asyncio.sleep(0)
        opened -= 1
        closed += 1


async def job(n: int) -> None:
    async with Resource(f"a{n}") as a, Resource(f"b{n}") as b:
        await asyncio.sleep(0.002)
        log.append(n)


async def main() -> None:
    await asyncio.gather(job(1), job(2))


asyncio.run(main())
print(f"peak={peak} closed={closed} opened={opened} log={log}")
