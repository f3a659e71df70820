# BUG: a task awaits itself: RuntimeError ("Task cannot await on itself") ends the task
import asyncio

log = []


async def job():
    log.append("start")
    await me
    log.append("never")


async def main():
    global me
    me = asyncio.create_task(job())
    try:
        await me
    except RuntimeError:
        log.append("runtime error")


me = None
asyncio.run(main())
print(log)
