"""In 3.11 asyncio.TimeoutError and concurrent.futures.TimeoutError are the builtin TimeoutError."""
import asyncio
from concurrent.futures import ThreadPoolExecutor
import time

caught: list[str] = []


async def slow() -> int:
    await asyncio.sleep(0.1)
    return 1


async def main() -> None:
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError:
        caught.append("asyncio")


asyncio.run(main())
with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(time.sleep, 0.1)
    try:
        fut.result(timeout=0.01)
    except TimeoutError:
        caught.append("futures")
print(caught)
