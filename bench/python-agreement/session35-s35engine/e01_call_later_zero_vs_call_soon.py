# loop.call_later(0, f) set before loop.call_soon(g) in one pass: the timer's callback runs after g
# (the soon callback is queued during the pass; the timer is moved to the queue's end only when the
# next pass begins), and after the worker that yielded in between.
import asyncio

order = []


async def worker(name):
    order.append(name)
    await asyncio.sleep(0)
    order.append(name + "2")


async def main():
    loop = asyncio.get_running_loop()

    def later():
        order.append("later")

    def soon():
        order.append("soon")

    loop.call_later(0, later)
    asyncio.create_task(worker("w"))
    loop.call_soon(soon)
    await asyncio.sleep(0)
    order.append("main")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    order.append("end")


asyncio.run(main())
print(order)
