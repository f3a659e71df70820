# `asyncio.wait(tasks)` (ALL_COMPLETED), then `t.result()` of each task of `done`: every task has ended
# when the wait returns, so `result()` does not wait (before: refused, "`result()` in a coroutine does
# not wait"). Also `tasks[0].result()` of the list waited for.
import asyncio

summary = {"total": 0, "first": None}


async def work(n):
    await asyncio.sleep(0.001 * (3 - n))
    return n * 10


async def main():
    tasks = [asyncio.create_task(work(n)) for n in range(4)]
    done, pending = await asyncio.wait(tasks)
    total = 0
    for t in done:
        total += t.result()
    summary["total"] = total
    summary["first"] = tasks[0].result()
    return 0


code = asyncio.run(main())
print(code, summary)
