# Check: tasks that yield with sleep(0) interleave round-robin in creation order. Bug: none.
import asyncio

trace = []


async def worker(name, n):
    for i in range(n):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))


asyncio.run(main())
print(f"trace={trace}")
