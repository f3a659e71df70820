# check: loop.call_soon callbacks run in order, before a task created after them
import asyncio

order = []


async def task_body():
    order.append(3)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, 1)
    t = asyncio.create_task(task_body())
    loop.call_soon(order.append, 2)
    await asyncio.sleep(0)
    order.append(4)
    await t


asyncio.run(main())
