# asyncio.wait with a timeout: tasks ending before it are done, the others pending.
import asyncio

sizes = []


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0, 0.001, 0.05, 0.2)]
    done, pending = await asyncio.wait(tasks, timeout=0.02)
    sizes.append(len(done))
    sizes.append(len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print(sizes)


asyncio.run(main())
