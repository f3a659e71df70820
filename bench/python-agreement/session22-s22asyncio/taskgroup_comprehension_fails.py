# a failing task of a comprehension's group: the group cancels the others and raises an ExceptionGroup
import asyncio

log = []


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 1:
        raise ValueError("bad")
    log.append(n)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(job(n)) for n in range(3)]
    except* ValueError:
        log.append("caught")
    log.append("after")


asyncio.run(main())
print(log)
