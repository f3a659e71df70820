# asyncio.as_completed over tasks started in the statement before (none can be done yet): the order
# they finish, as weft's watchers give it
import asyncio

order = []


async def job(n):
    await asyncio.sleep(0.001 * (3 - n))
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(3)]
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)


asyncio.run(main())
