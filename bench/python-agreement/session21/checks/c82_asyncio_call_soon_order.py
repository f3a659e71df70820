# call_soon callbacks and tasks share the ready queue in FIFO order
import asyncio

log = []


def callback(tag):
    log.append(tag)


async def job():
    log.append("task")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "cb1")
    asyncio.create_task(job())
    loop.call_soon(callback, "cb2")
    await asyncio.sleep(0)
    log.append("main")
    await asyncio.sleep(0)


asyncio.run(main())
print(log)
