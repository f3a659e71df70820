# check: asyncio task names: given names, and the default "Task-N"
import asyncio

names = []


async def job():
    names.append(asyncio.current_task().get_name())


async def main():
    await asyncio.create_task(job(), name="fetcher")
    await asyncio.create_task(job())


asyncio.run(main())
joined = ",".join(names)
print(joined)
