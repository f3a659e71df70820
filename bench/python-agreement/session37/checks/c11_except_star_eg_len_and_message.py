import asyncio

log = []


async def run(job):
    await asyncio.sleep(0.001 * job)
    raise ValueError(f"bad {job}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(run(1))
    except* ValueError as eg:
        log.append(len(eg.exceptions))
        log.append(type(eg.exceptions[0]).__name__)


asyncio.run(main())
print(log)  # ordered
