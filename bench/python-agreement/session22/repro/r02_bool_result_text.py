# SILENT: a bool that a coroutine returns (await, a task, gather) or a pool job returns (future.result()) becomes 0/1 in weft; its text is "0"/"1", CPython's "False"/"True"
import asyncio
from concurrent.futures import ThreadPoolExecutor

texts = []


def is_even(n):
    return n % 2 == 0


async def check(n):
    await asyncio.sleep(0)
    return n % 2 == 0


async def main():
    one = await check(4)
    texts.append(f"await {one}")


asyncio.run(main())
with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(is_even, 3)
    r = fut.result()
texts.append(f"future {r}")
print(texts)
