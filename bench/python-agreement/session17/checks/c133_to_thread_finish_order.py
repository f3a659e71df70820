# no bug: two coroutines hand the same 1 ms blocking write to asyncio.to_thread; either may come back first
import asyncio
import time

saved = []


def write_to_disk(n: int) -> int:
    time.sleep(0.001)
    return n


async def download(n: int) -> None:
    await asyncio.sleep(0.002)
    saved.append(await asyncio.to_thread(write_to_disk, n))


async def main():
    await asyncio.gather(download(1), download(2))


asyncio.run(main())
print(saved)
