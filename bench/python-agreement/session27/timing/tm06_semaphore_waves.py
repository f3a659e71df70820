"""Eight 30 ms requests through asyncio.Semaphore(4): two waves, about 60 ms, then 10 ms of CPU."""
import asyncio
import time


def burn(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


async def request(sem: asyncio.Semaphore, n: int) -> int:
    async with sem:
        await asyncio.sleep(0.03)
        return n


async def main() -> list[int]:
    sem = asyncio.Semaphore(4)
    results = await asyncio.gather(*[request(sem, n) for n in range(8)])
    burn(0.01)  # weft: cpu 10ms
    return results


print(asyncio.run(main()))
