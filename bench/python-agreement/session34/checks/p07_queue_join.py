# Loop passes: Queue.join() returns after a worker task_done()s two items.
import asyncio

ticks = 0
stop = False
marks = []


async def ticker():
    global ticks
    while not stop:
        ticks += 1
        await asyncio.sleep(0)


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        marks.append((item, ticks))
        q.task_done()


async def body():
    q = asyncio.Queue()
    w = asyncio.create_task(worker(q))
    q.put_nowait("a")
    q.put_nowait("b")
    await q.join()
    marks.append(("joined", ticks))
    w.cancel()

async def main():
    global stop
    t = asyncio.create_task(ticker())
    await body()
    stop = True
    await t
    print(marks)


asyncio.run(main())
