import asyncio

log = []

async def job(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(name)
    except asyncio.CancelledError:
        log.append(f"{name}-cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(job("a", 0.001)), asyncio.create_task(job("b", 0.5))]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    log.append(f"{len(done)}/{len(pending)}")

asyncio.run(main())
