import asyncio
import time


def blocking_read(name: str) -> int:
    time.sleep(0.02)
    return len(name)


def checksum(data: list[int], seed: int) -> int:
    return (sum(data) + seed) % 251


async def main() -> list[int]:
    loop = asyncio.get_running_loop()
    reads = [loop.run_in_executor(None, blocking_read, n) for n in ("alpha", "be", "gamma")]
    sizes = await asyncio.gather(*reads)
    data = list(sizes)
    total = await asyncio.to_thread(checksum, data, seed=7)
    return [*sizes, total]


values = asyncio.run(main())
print(f"values={values}")
assert values == [5, 2, 5, 19]
