import asyncio
import time


def spin(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def work(i: int) -> int:
    spin(0.02)  # weft: cpu 20ms
    return i


async def main() -> list[int]:
    return await asyncio.gather(*[asyncio.to_thread(work, i) for i in range(3)])


done = asyncio.run(main())
print(done)
