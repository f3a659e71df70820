# The same coroutine with a TaskGroup whose body awaits, started three times from one call in a loop (one task
# definition run three times at once): refused at the `async with` (the group's queues would be shared).
import asyncio

spins = 0
done = 0


async def quick(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def worker(k):
    global done
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quick(k))
        tg.create_task(quick(1))
        await asyncio.sleep(0)
    done += 1


async def main():
    tasks = []
    for k in range(3):
        tasks.append(asyncio.create_task(worker(k)))
    for t in tasks:
        await t


asyncio.run(main())
print(done)
