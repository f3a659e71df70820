# no bug: task.cancel() only requests the cancel; the task's handler runs at the loop's next pass, after the caller's next await
import asyncio

log = []
seen_before_await = -1


async def slow(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def quick():
    await asyncio.sleep(0.001)
    log.append("quick done")


async def main():
    global seen_before_await
    tasks = [asyncio.create_task(quick()), asyncio.create_task(slow("a")), asyncio.create_task(slow("b"))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in pending:
        t.cancel()
    seen_before_await = len(log)
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
print(seen_before_await, len(log))
