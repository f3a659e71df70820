import asyncio

spins = 0
at_resume = -1


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def quick(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n

async def drain(q):
    while True:
        await q.get()
        await asyncio.sleep(0)
        q.task_done()


async def main():
    global at_resume
    asyncio.create_task(spinner())
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    asyncio.create_task(drain(q))
    await asyncio.wait_for(q.join(), timeout=1)
    at_resume = spins


asyncio.run(main())
print(at_resume)
