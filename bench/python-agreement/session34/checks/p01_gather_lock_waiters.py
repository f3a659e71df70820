# Loop passes: a gather of children blocked on an asyncio.Lock main holds for three passes.
import asyncio

ticks = 0
stop = False
marks = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def child(lock, n):
    async with lock:
        marks.append((n, ticks))


async def body():
    lock = asyncio.Lock()
    await lock.acquire()
    g = asyncio.ensure_future(asyncio.gather(child(lock, 1), child(lock, 2)))
    for _ in range(3):
        await asyncio.sleep(0)
    lock.release()
    await g
    marks.append(("end", ticks))

async def main():
    global stop
    t = asyncio.create_task(ticker())
    await body()
    stop = True
    await t
    print(marks)


asyncio.run(main())
