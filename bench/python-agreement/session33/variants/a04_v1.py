# BUG: the lock is released only on success, so cancelling the task that holds it leaves it held and the second job can never get it
import asyncio

lock = asyncio.Lock()
events = []


async def job(name, work):
    await lock.acquire()
    events.append(f"{name} acquired")
    await asyncio.sleep(work)
    events.append(f"{name} finished")
    lock.release()


async def main():
    slow = asyncio.create_task(job("slow", 0.05))
    await asyncio.sleep(0.005)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        events.append("slow cancelled")
    try:
        await asyncio.wait_for(job("fast", 0.001), timeout=0.02)
    except asyncio.TimeoutError:
        events.append("fast timed out")
    print(events)


asyncio.run(main())
