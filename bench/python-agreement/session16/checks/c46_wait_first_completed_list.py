# check: as c44 with a list of tasks instead of a set display
import asyncio

finish_order = []


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    pending = [asyncio.create_task(job(1, 0.05)), asyncio.create_task(job(2, 0.01)), asyncio.create_task(job(3, 0.03))]
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            finish_order.append(t.result())


asyncio.run(main())
print(finish_order)
