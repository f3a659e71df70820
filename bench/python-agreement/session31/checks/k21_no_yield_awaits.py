# awaits that complete at once do not yield to the loop: uncontended lock, set event, non-empty queue get,
# unbounded queue put, done task; a spinner shows where main resumes
import asyncio

spins = 0
marks = []


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def quick():
    return 1


async def main():
    asyncio.create_task(spinner())
    lock = asyncio.Lock()
    event = asyncio.Event()
    event.set()
    q = asyncio.Queue()
    await asyncio.sleep(0)
    marks.append(spins)
    await lock.acquire()
    lock.release()
    marks.append(spins)
    await event.wait()
    marks.append(spins)
    await q.put(5)
    await q.get()
    marks.append(spins)
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    marks.append(spins)
    await t
    marks.append(spins)
    await quick()
    marks.append(spins)


asyncio.run(main())
print(marks)
