# an asyncio.Semaphore unit released to two waiters, the first cancelled before it resumes: it passes the unit
# on (c107), and a waiter woken to contend (weft's exploring wake order) that is cancelled and finds the unit
# gone raises CancelledError rather than waiting again. CPython 3.11.7: ['second cancelled', 'third'] every run.
# weft before s18cancel: a deadlock only, 'complete'; then CPython's state and ['third', 'second cancelled'];
# since session 19 (the unit goes to the first waiter, as CPython's) CPython's state alone.
import asyncio

holders = []


async def take(name, sem):
    try:
        await sem.acquire()
        holders.append(name)
    except asyncio.CancelledError:
        holders.append(f"{name} cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    second = asyncio.create_task(take("second", sem))
    third = asyncio.create_task(take("third", sem))
    await asyncio.sleep(0)
    sem.release()
    second.cancel()
    try:
        await second
    except asyncio.CancelledError:
        pass
    await third


asyncio.run(main())
print(holders)
