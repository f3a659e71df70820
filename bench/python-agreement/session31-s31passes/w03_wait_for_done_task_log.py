# wait_for of a task that has already ended, in a log: main's entry comes after a monitor that yields
# twice (CPython's two passes for the done task's callback and the waiter).
import asyncio

log = []


async def job():
    return 7


async def monitor(n):
    for _ in range(n):
        await asyncio.sleep(0)
    log.append(f"monitor{n}")


async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    m1 = asyncio.create_task(monitor(1))
    m2 = asyncio.create_task(monitor(2))
    value = await asyncio.wait_for(t, timeout=1)
    log.append(f"main{value}")
    await m1
    await m2


asyncio.run(main())
print(log)
