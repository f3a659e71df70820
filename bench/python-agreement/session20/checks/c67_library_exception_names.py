"""Names and texts of the library's exceptions: asyncio.TimeoutError (3.11: the builtin TimeoutError),
CancelledError, queue.Empty and queue.Full, their str()."""
import asyncio
import queue

names = []
texts = []


async def slow():
    await asyncio.sleep(1)


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.001)
    except asyncio.TimeoutError as e:
        names.append(type(e).__name__)
        texts.append(str(e))
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError as e:
        names.append(type(e).__name__)
        texts.append(str(e))


def queues():
    q = queue.Queue(maxsize=1)
    try:
        q.get_nowait()
    except queue.Empty as e:
        names.append(type(e).__name__)
        texts.append(str(e))
    q.put(1)
    try:
        q.put_nowait(2)
    except queue.Full as e:
        names.append(type(e).__name__)
        texts.append(str(e))


if __name__ == "__main__":
    asyncio.run(main())
    queues()
