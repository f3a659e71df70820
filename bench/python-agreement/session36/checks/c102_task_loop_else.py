"""A task loop with an else clause and tasks kept in a list; the else runs when no break happened."""
import asyncio

log = []


async def work(i):
    await asyncio.sleep(0)
    log.append(i)


async def main():
    tasks = []
    for i in range(3):
        t = asyncio.create_task(work(i))
        tasks.append(t)
    else:
        log.append("else")
    await asyncio.gather(*tasks)


asyncio.run(main())
print(log)
