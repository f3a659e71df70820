import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

done_order: list[int] = []


def io_job(n: int) -> int:
    time.sleep(0.01 * (3 - n))
    done_order.append(n)
    return n * n


async def main() -> int:
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = await asyncio.gather(*[loop.run_in_executor(pool, io_job, n) for n in range(3)])
    return sum(results)


total = asyncio.run(main())
print(total, done_order)
