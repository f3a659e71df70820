# sleep(0) sends a task to the back of the ready queue: A B C A B C
import asyncio

trace = []


async def worker(tag, rounds):
    for _ in range(rounds):
        trace.append(tag)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker(1, 3), worker(2, 2), worker(3, 1))


asyncio.run(main())
print(trace)
