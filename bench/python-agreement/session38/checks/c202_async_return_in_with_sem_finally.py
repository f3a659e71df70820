# ordered
# The same in a coroutine with an asyncio.Semaphore.
import asyncio

log = []


async def job(sem):
    try:
        async with sem:
            await asyncio.sleep(0)
            return 1
    finally:
        async with sem:
            log.append("finally")


async def main():
    sem = asyncio.Semaphore(1)
    log.append(await job(sem))


asyncio.run(main())
print(log)
