# CPython 3.11: status['result']='slow' (every run). weft-start: 'on time' only, "complete". r07 where it changes the
# program's answer: a watchdog flags the job as slow after 6 loop passes; the pipeline (producer and consumer
# on an asyncio.Queue with a None sentinel, gathered) ends a pass later in CPython than in weft.
import asyncio

status = {}
processed = []
slow = False


async def watchdog(passes):
    global slow
    for _ in range(passes):
        await asyncio.sleep(0)
    slow = True


async def producer(q, items):
    for item in items:
        await asyncio.sleep(0)
        await q.put(item)
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        processed.append(item)


async def main():
    dog = asyncio.create_task(watchdog(PASSES))
    q = asyncio.Queue()
    await asyncio.gather(producer(q, [1, 2, 3]), consumer(q))
    status["result"] = "slow" if slow else "on time"
    dog.cancel()


PASSES = 6
asyncio.run(main())
print(status)
