import asyncio

log = []


async def run(job):
    await asyncio.sleep(0)
    raise ValueError(f"bad {job}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(run(7))
    except* ValueError as eg:
        for e in eg.exceptions:
            log.append(str(e))
            log.append(e.args[0])


asyncio.run(main())
print(log)  # ordered
