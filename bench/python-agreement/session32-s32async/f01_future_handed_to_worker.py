# a future made with the running loop's create_future() is handed to a worker task (under another
# parameter name) that sets it after two passes; the awaiter resumes a pass later, as a ticker counts
import asyncio

ticks = 0
seen = []


async def ticker():
    global ticks
    for _ in range(10):
        ticks += 1
        await asyncio.sleep(0)


async def worker(reply, amount):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    seen.append(ticks)
    reply.set_result(amount * 3)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tick = asyncio.create_task(ticker())
    job = asyncio.create_task(worker(fut, 5))
    value = await fut
    seen.append(ticks)
    seen.append(value)
    await job
    await tick


asyncio.run(main())
print(seen, ticks)
