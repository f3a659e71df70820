# a TaskGroup child starts another child in the same group; the group waits for both
import asyncio

spins = 0
log = []
at_end = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def grandchild():
    await asyncio.sleep(0)
    log.append(("grandchild", spins))


async def child(tg):
    await asyncio.sleep(0)
    tg.create_task(grandchild())
    log.append(("child", spins))


async def main():
    global at_end
    asyncio.create_task(spinner())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(tg))
    at_end = spins


asyncio.run(main())
print(log, at_end)
