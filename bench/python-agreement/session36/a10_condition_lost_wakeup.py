# BUG: lost wake-up: the consumer waits on an asyncio.Condition without checking a predicate first;
# the producer has already notified before the consumer began waiting, so it waits forever.
import asyncio

delivered = []
state = {"has_data": False, "notified": 0}


async def producer(cond):
    await asyncio.sleep(0.001)
    async with cond:
        state["has_data"] = True
        state["notified"] += 1
        cond.notify_all()


async def consumer(cond):
    await asyncio.sleep(0.002)  # setting up the display takes a moment
    async with cond:
        await cond.wait()  # should be: await cond.wait_for(lambda: state["has_data"])
        delivered.append("frame")


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(producer(cond), consumer(cond))


asyncio.run(main())
print(f"delivered={delivered} state={state}")
