# check: await q.get() on a non-empty queue does not suspend
import asyncio

log = []


async def noisy():
    log.append("noisy")


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    t = asyncio.create_task(noisy())
    total = 0
    for _ in range(3):
        total += await q.get()
    log.append(f"total={total}")
    await t


asyncio.run(main())
print(log)
