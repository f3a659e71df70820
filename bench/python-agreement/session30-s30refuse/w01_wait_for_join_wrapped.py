# The form session30/checks/p38's new refusal words suggest: `q.join()` put in an `async def` of the file and
# that coroutine given to `asyncio.wait_for`. CPython 3.11: drained=2 joined=True.
import asyncio

drained = 0
joined = False


async def drain(q):
    global drained
    while True:
        await q.get()
        await asyncio.sleep(0.001)
        drained += 1
        q.task_done()


async def join_done(q):
    await q.join()


async def main():
    global joined
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    worker = asyncio.create_task(drain(q))
    await asyncio.wait_for(join_done(q), 1)
    joined = True
    worker.cancel()


asyncio.run(main())
print("drained", drained, "joined", joined)
