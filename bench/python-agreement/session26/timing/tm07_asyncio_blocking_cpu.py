import asyncio
import time


def spin(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


async def handler(i: int) -> int:
    spin(0.02)  # weft: cpu 20ms
    await asyncio.sleep(0.01)
    return i


async def main() -> list[int]:
    return await asyncio.gather(*[handler(i) for i in range(3)])


served = asyncio.run(main())
print(served)
