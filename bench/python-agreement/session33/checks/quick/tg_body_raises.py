import asyncio
out = []
async def sib():
    try:
        await asyncio.sleep(0)
        out.append('sib done')
    except asyncio.CancelledError:
        out.append('sib cancelled')
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sib())
            raise KeyError('body')
    except* KeyError:
        out.append('body failed')
asyncio.run(main())
print(out)
