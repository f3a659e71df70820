import asyncio

log = []


async def run(job):
    await asyncio.sleep(0)
    raise ValueError(f"bad {job}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(run(1))
    except* ValueError as eg:
        log.append(eg.message)
        log.append(str(eg.exceptions[0]))


asyncio.run(main())
print(log)  # ordered
