# Done callbacks on asyncio tasks: order of the callbacks and the pass at which main sees them.
import asyncio

order = []
seen_at_end = []


def record(task):
    order.append(task.result())


async def job(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (2, 0, 1)]
    for t in tasks:
        t.add_done_callback(record)
    await tasks[0]
    seen_at_end.append(len(order))
    await asyncio.sleep(0)
    seen_at_end.append(len(order))
    print(order, seen_at_end)


asyncio.run(main())
