import asyncio
out = []
async def bad():
    await asyncio.sleep(0)
    raise ValueError('v')
async def sib():
    try:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        out.append('sib done')
    except asyncio.CancelledError:
        out.append('sib cancelled')
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad())
            tg.create_task(sib())
    except* ValueError:
        out.append('group failed')
asyncio.run(main())
print(out)
