# The same over None: the coroutine ends without `return` for n == 2. Refused since session 23.
import asyncio

total = 0


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n != 2:
        return n


async def main():
    global total
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    for t in done:
        value = t.result()
        total += value


asyncio.run(main())
print(total)
