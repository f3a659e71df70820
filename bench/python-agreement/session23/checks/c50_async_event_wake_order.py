# check: tasks waiting on an asyncio.Event wake in the order they began waiting; Semaphore(1) hands over in FIFO order
import asyncio

woke = []
held = []


async def waiter(ev, n):
    await ev.wait()
    woke.append(n)


async def user(sem, n):
    async with sem:
        held.append(n)
        await asyncio.sleep(0.001)


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in (3, 1, 2)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(user(sem, n) for n in (5, 4, 6)))


asyncio.run(main())
