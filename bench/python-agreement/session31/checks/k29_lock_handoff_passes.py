# a contended asyncio.Lock: the waiter resumes some passes after the holder releases; a spinner counts them
import asyncio

spins = 0
marks = []


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def holder(lock):
    async with lock:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        marks.append(("release", spins))


async def waiter(lock):
    await asyncio.sleep(0)
    async with lock:
        marks.append(("got", spins))


async def main():
    lock = asyncio.Lock()
    asyncio.create_task(spinner())
    await asyncio.gather(holder(lock), waiter(lock))


asyncio.run(main())
print(marks)
