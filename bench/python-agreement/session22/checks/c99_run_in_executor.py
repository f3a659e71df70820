import asyncio
from concurrent.futures import ThreadPoolExecutor

out = []


def square(n):
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        a = await loop.run_in_executor(pool, square, 3)
        b = await loop.run_in_executor(None, square, 4)
    out.append(a + b)


asyncio.run(main())
print(out)
