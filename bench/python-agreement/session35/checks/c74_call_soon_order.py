"""loop.call_soon callbacks run in order, before a task created after them gets its first step."""
import asyncio

order = []


async def task_body():
    order.append("task")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, "soon1")
    t = asyncio.create_task(task_body())
    loop.call_soon(order.append, "soon2")
    await asyncio.sleep(0)
    order.append("main")
    await t


asyncio.run(main())
print(order)
