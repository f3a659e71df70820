"""asyncio.wait over tasks already gathered: every task in done, none pending, results kept."""
import asyncio

summary = []


async def work(n):
    await asyncio.sleep(0.001 * n)
    return n * 2


async def main():
    tasks = [asyncio.create_task(work(n)) for n in (3, 1, 2)]
    first = await asyncio.gather(*tasks)
    done, pending = await asyncio.wait(tasks)
    summary.append(sum(first))
    summary.append(len(done))
    summary.append(len(pending))
    summary.append(sum(t.result() for t in tasks))


asyncio.run(main())
print(summary)
