import asyncio
import time


def crunch(ms: float) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


async def handler(i: int) -> int:
    await asyncio.sleep(0.03)
    crunch(10)  # weft: cpu 10ms
    return i


async def main() -> list[int]:
    return await asyncio.gather(*[handler(i) for i in range(3)])


served = asyncio.run(main())
print(f"served={served}")
