# tasks started once before a loop, as_completed inside it: on the second pass they are all done
import asyncio

order = []


async def job(n):
    await asyncio.sleep(0.001 * n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(3)]
    for _ in range(2):
        for fut in asyncio.as_completed(tasks):
            order.append(await fut)


asyncio.run(main())
