"""A holder releases an asyncio.Semaphore(1) and at once acquires it again: the waiting task goes first."""
import asyncio

order = []


async def holder(sem):
    await sem.acquire()
    order.append("holder 1")
    await asyncio.sleep(0.001)
    sem.release()
    await sem.acquire()
    order.append("holder 2")
    sem.release()


async def waiter(sem):
    await asyncio.sleep(0)
    async with sem:
        order.append("waiter")


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(holder(sem), waiter(sem))


asyncio.run(main())
print(order)
