# the end of a TaskGroup waits for the tasks a list comprehension of tg.create_task started (weft
# before: it went on at once, and asyncio.run's end cancelled them: [after] only)
import asyncio

log = []


async def work(name, delay):
    await asyncio.sleep(delay)
    log.append(name)


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(n, d)) for n, d in [("a", 0.02), ("b", 0.01)]]
    log.append("after")


asyncio.run(main())
print(log)
