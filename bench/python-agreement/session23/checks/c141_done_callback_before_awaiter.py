# check: a task's done callback added before main awaits it runs before main resumes
import asyncio

log = []


async def job():
    await asyncio.sleep(0.001)
    return 5


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda fut: log.append("cb"))
    await t
    log.append("main")


asyncio.run(main())
