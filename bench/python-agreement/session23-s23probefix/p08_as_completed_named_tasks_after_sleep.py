# asyncio.as_completed over a display of tasks made before an await: done ones come in a set's order
import asyncio

order = []


async def job(n):
    return n


async def main():
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(2))
    await asyncio.sleep(0.01)
    for fut in asyncio.as_completed([a, b]):
        order.append(await fut)


asyncio.run(main())
