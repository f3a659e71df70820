"""The asyncio docs' pattern: workers loop forever on q.get(); main awaits q.join(), then cancels them."""
import asyncio

handled: dict[str, int] = {"w0": 0, "w1": 0}
total_sleep_ms = 0
cancelled_workers = 0


async def worker(name: str, q: asyncio.Queue) -> None:
    global total_sleep_ms, cancelled_workers
    try:
        while True:
            ms = await q.get()
            await asyncio.sleep(ms / 1000)
            total_sleep_ms += ms
            handled[name] += 1
            q.task_done()
    except asyncio.CancelledError:
        cancelled_workers += 1
        raise


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue()
    for ms in (5, 1, 3, 2):
        q.put_nowait(ms)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
print(handled, total_sleep_ms, cancelled_workers)
