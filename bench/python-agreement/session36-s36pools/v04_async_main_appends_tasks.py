"""The main coroutine appends tasks to a module list and gathers them itself: one task's own list."""
import asyncio

tasks = []
total = 0


async def work(n):
    global total
    await asyncio.sleep(0.001 * n)
    total += n


async def main():
    for n in range(3):
        tasks.append(asyncio.create_task(work(n)))
    await asyncio.gather(*tasks)


asyncio.run(main())
print(total)
