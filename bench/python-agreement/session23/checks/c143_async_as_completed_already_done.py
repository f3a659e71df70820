# check: asyncio.as_completed over tasks already done yields them in the order of a set of tasks
import asyncio

order = []


async def job(n):
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(4)]
    await asyncio.sleep(0.01)
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)


asyncio.run(main())
