# check: loop.run_in_executor(None, f, x)
import asyncio
import time

total = 0


def blocking(n):
    time.sleep(0.01)
    return n + 1


async def main():
    global total
    loop = asyncio.get_running_loop()
    value = await loop.run_in_executor(None, blocking, 41)
    total = value


asyncio.run(main())
print(total)
