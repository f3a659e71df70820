# check: asyncio.wait's done set walked in its own order
import asyncio

order = []


async def job(n):
    await asyncio.sleep(0.001)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(5)]
    done, pending = await asyncio.wait(tasks)
    for t in done:
        order.append(t.result())


asyncio.run(main())
print(order)
