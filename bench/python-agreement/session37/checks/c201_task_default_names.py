import asyncio

log = []


async def work():
    await asyncio.sleep(0)
    log.append(asyncio.current_task().get_name())


async def main():
    await asyncio.gather(work(), work())
    t = asyncio.create_task(work(), name="named")
    await t
    log.append(asyncio.current_task().get_name())


asyncio.run(main())
print(sorted(log))
