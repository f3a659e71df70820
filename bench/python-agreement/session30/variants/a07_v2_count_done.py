# BUG: deadlock: two coroutines take the same two asyncio locks in opposite orders with an await between
import asyncio

inventory = asyncio.Lock()
billing = asyncio.Lock()
log = []


async def place_order():
    async with inventory:
        await asyncio.sleep(0.001)
        async with billing:
            log.append("order")


async def refund():
    async with billing:
        await asyncio.sleep(0.001)
        async with inventory:
            log.append("refund")


async def main():
    tasks = [asyncio.create_task(place_order()), asyncio.create_task(refund())]
    await asyncio.sleep(0.05)
    completed = sum(1 for t in tasks if t.done())
    for task in tasks:
        if not task.done():
            task.cancel()
    print("completed:", completed, "stuck:", len(tasks) - completed, "log:", log)


asyncio.run(main())
