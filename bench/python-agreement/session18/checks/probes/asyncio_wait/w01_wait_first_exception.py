import asyncio

log = []

async def job(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    log.append(name)

async def main():
    tasks = [asyncio.create_task(job("a", 0.001, False)), asyncio.create_task(job("b", 0.002, True)), asyncio.create_task(job("c", 0.1, False))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    log.append(f"done={len(done)} pending={len(pending)}")
    await asyncio.wait(pending)

asyncio.run(main())
