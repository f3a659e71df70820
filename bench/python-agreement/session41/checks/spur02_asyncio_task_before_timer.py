# check: a task created before a 1 ms sleep runs before the sleeper resumes
import asyncio

log = []


async def child():
    log.append("child")


async def main():
    asyncio.create_task(child())
    await asyncio.sleep(0.001)
    log.append("main")


asyncio.run(main())
print(log)
