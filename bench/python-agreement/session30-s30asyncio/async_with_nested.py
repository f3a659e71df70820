import asyncio

depth = 0
deepest = 0
closed = 0


class Scope:
    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Scope":
        global depth, deepest
        await asyncio.sleep(0.001)
        depth += 1
        deepest = max(deepest, depth)
        return self

    async def __aexit__(self, *exc) -> None:
        global depth, closed
        depth -= 1
        closed += 1


async def task(n: int) -> int:
    async with Scope(f"outer{n}"):
        await asyncio.sleep(0.001)
        async with Scope(f"inner{n}"):
            await asyncio.sleep(0.002)
    return n


async def main() -> None:
    await asyncio.gather(task(1), task(2))


asyncio.run(main())
print(f"deepest={deepest} closed={closed} depth={depth}")
