# FIXED in session 20: a gathered task cancelled by another coroutine ends the gather at once (the
# first-failure form), and the other child is cancelled when main returns. CPython 3.11.7: ['gather cancelled']
# in 20 of 20 (and 10 of 10, agree.py, session 20); weft explore before: ['slow', 'gather cancelled'] only,
# "complete", because the cancelled child slept on to its timer's end in the search; now CPython's only.
import asyncio

log = []


async def child(name, delay):
    await asyncio.sleep(delay)
    log.append(name)


async def canceller(task):
    await asyncio.sleep(0.05)
    task.cancel()


async def main():
    t1 = asyncio.create_task(child("slow", 0.2))
    t2 = asyncio.create_task(child("fast", 0.5))
    asyncio.create_task(canceller(t2))
    try:
        await asyncio.gather(t1, t2)
    except asyncio.CancelledError:
        log.append("gather cancelled")


asyncio.run(main())
print(log)
