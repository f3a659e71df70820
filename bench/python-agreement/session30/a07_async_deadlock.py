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
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    for task in pending:
        task.cancel()
    print("completed:", len(done), "stuck:", len(pending), "log:", log)


asyncio.run(main())
