# wait(FIRST_COMPLETED), cancel the pending tasks, then wait for them to finish cancelling.
import asyncio

log = []


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(name)
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(sleeper("fast", 0.001)), asyncio.create_task(sleeper("slow", 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in pending:
        t.cancel()
    await asyncio.wait(tasks)
    log.append(f"done={len(done)}")


asyncio.run(main())
