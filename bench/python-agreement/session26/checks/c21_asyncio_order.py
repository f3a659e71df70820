import asyncio

trace: list[str] = []


async def step(name: str, rounds: int) -> None:
    for r in range(rounds):
        trace.append(f"{name}{r}")
        await asyncio.sleep(0)


async def main() -> None:
    await asyncio.gather(step("a", 2), step("b", 3), step("c", 1))


asyncio.run(main())
joined = "".join(trace)
print(joined)
