# a coroutine starts a task and ends with a try whose body returns the task's value plus one and whose
# handler notes the failure and returns a fallback; called twice, once failing
import asyncio

log = []


async def compute(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError("negative")
    return n * 2


async def checked(n):
    task = asyncio.create_task(compute(n))
    try:
        value = await task
        return value + 1
    except ValueError:
        log.append(f"failed {n}")
        return -1


async def main():
    log.append(await checked(3))
    log.append(await checked(-1))


asyncio.run(main())
print(log)
