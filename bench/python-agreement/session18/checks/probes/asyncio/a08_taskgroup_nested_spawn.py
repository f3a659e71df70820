import asyncio

log = []

async def grandchild():
    await asyncio.sleep(0.002)
    log.append("grandchild")

async def child(tg):
    log.append("child")
    tg.create_task(grandchild())

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(tg))
    log.append("after group")

asyncio.run(main())
