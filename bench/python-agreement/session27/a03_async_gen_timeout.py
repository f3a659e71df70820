"""async for over an async generator of readings; asyncio.timeout() (3.11) bounds a slow consumer step."""
import asyncio

readings: list[float] = []
timeouts = 0


async def sensor(n: int):
    for i in range(n):
        await asyncio.sleep(0.002)
        yield 20.0 + i * 0.5


async def upload(value: float) -> None:
    await asyncio.sleep(0.05 if value >= 21.0 else 0.001)


async def main() -> None:
    global timeouts
    async for value in sensor(4):
        try:
            async with asyncio.timeout(0.02):
                await upload(value)
            readings.append(value)
        except TimeoutError:
            timeouts += 1


asyncio.run(main())
print(", ".join(f"{r:.1f}" for r in readings), f"timeouts={timeouts}")
assert readings == [20.0, 20.5]
assert timeouts == 2
