# no bug: graceful shutdown: main cancels the service task; its gathered workers are cancelled too and flush in `finally`
import asyncio

flushed = []
processed = 0


async def worker(name: str, queue: asyncio.Queue) -> None:
    global processed
    try:
        while True:
            item = await queue.get()
            await asyncio.sleep(0.001)
            processed += 1
            queue.task_done()
    finally:
        flushed.append(name)


async def service() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(5):
        queue.put_nowait(i)
    await asyncio.gather(worker("w0", queue), worker("w1", queue))


async def main() -> None:
    svc = asyncio.create_task(service())
    await asyncio.sleep(0.020)
    svc.cancel()
    try:
        await svc
    except asyncio.CancelledError:
        print("service stopped")


asyncio.run(main())
flushed_count = len(flushed)
print(f"processed={processed} flushed={flushed_count}")
