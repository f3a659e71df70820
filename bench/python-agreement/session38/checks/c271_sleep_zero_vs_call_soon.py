# ordered
# call_soon callbacks and a task's steps interleave in FIFO order of the ready queue.
import asyncio

log = []


async def worker():
    log.append("w1")
    await asyncio.sleep(0)
    log.append("w2")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(worker())
    loop.call_soon(log.append, "cb1")
    await asyncio.sleep(0)
    log.append("m1")
    loop.call_soon(log.append, "cb2")
    await task
    log.append("m2")


asyncio.run(main())
print(log)
