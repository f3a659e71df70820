# an asyncio task's done callback that raises is logged by the loop; main goes on
import asyncio

log = []


async def job():
    return 1


def callback(task):
    raise ValueError("callback failed")


async def main():
    task = asyncio.create_task(job())
    task.add_done_callback(callback)
    await task
    await asyncio.sleep(0.01)
    log.append("after")


asyncio.run(main())
print(log)
