# Wrong words: a gather over `loop.run_in_executor(pool, f, n)` for n in range(3) is refused at 19:36 with
# "`*[c(x) for x in range(n)]` of a coroutine `c` is supported in `gather`". The star-argument IS in a
# gather; what weft lacks is run_in_executor futures in that form (the items are executor futures, not
# coroutines of the file), which the words do not say. CPython prints [300].
# Command: /work/notes/s41/weft-start import w11_run_in_executor_in_gather.py  (from checks/ay05_run_in_executor.py)
import asyncio
from concurrent.futures import ThreadPoolExecutor

total = []


def blocking(n):
    return n * 100


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=3) as pool:
        res = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in range(3)))
    total.append(sum(res))


asyncio.run(main())
print(total)
