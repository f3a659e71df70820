# Wait for a batch of tasks with a time-out; cancel the stragglers. No bug.
import asyncio

report = []


async def job(n):
    await asyncio.sleep(n * 0.02)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 5)]
    done, pending = await asyncio.wait(tasks, timeout=0.07)
    for t in pending:
        t.cancel()
    report.append(sorted(t.result() for t in done))
    report.append(len(pending))


asyncio.run(main())
print(report)
