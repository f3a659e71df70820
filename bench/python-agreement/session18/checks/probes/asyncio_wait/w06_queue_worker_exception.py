import asyncio

handled = []
errors = 0

async def worker(q):
    global errors
    while True:
        n = await q.get()
        try:
            if n == 2:
                raise ValueError(n)
            handled.append(n)
        except ValueError:
            errors += 1
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    for n in range(4):
        q.put_nowait(n)
    w = asyncio.create_task(worker(q))
    await q.join()
    w.cancel()

asyncio.run(main())
