# Check: asyncio.wait(FIRST_COMPLETED) then cancel the pending ones. Bug: none.
import asyncio

done_names = []
pending_count = 0
cancelled = 0


async def racer(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    global pending_count, cancelled
    tasks = [asyncio.create_task(racer(n, d)) for n, d in [("x", 0.05), ("y", 0.001), ("z", 0.08)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in done:
        done_names.append(t.result())
    pending_count = len(pending)
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    cancelled = sum(1 for t in tasks if t.cancelled())


asyncio.run(main())
print(f"done_names={done_names} pending_count={pending_count} cancelled={cancelled}")
