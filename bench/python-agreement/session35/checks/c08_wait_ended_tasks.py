"""asyncio.wait over tasks that have all ended, with timeout=0: all in done."""
import asyncio

counts = []


async def work(n):
    return n


async def main():
    tasks = [asyncio.create_task(work(n)) for n in range(3)]
    await asyncio.sleep(0)
    done, pending = await asyncio.wait(tasks, timeout=0)
    counts.append(len(done))
    counts.append(len(pending))
    done, pending = await asyncio.wait(tasks)
    counts.append(len(done))


asyncio.run(main())
print(counts)
