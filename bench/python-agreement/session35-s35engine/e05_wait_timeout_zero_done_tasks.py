# asyncio.wait(tasks, timeout=0) over tasks that have all ended: the last one's done callback releases
# the waiter a pass after the call, ahead of the timer, so the awaiter runs two passes later, before a
# worker queued in the pass between.
import asyncio

order = []


async def quick(name):
    order.append(name)
    return name


async def bystander():
    await asyncio.sleep(0)
    order.append("bystander")
    await asyncio.sleep(0)
    order.append("bystander2")


async def main():
    a = asyncio.create_task(quick("a"))
    b = asyncio.create_task(quick("b"))
    await asyncio.sleep(0)
    asyncio.create_task(bystander())
    done, pending = await asyncio.wait([a, b], timeout=0)
    order.append(("main", len(done), len(pending)))
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
print(order)
