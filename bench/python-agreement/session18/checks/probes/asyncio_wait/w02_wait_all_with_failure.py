import asyncio

log = []

async def job(name, fail):
    await asyncio.sleep(0.001)
    if fail:
        raise ValueError(name)
    return name

async def main():
    tasks = [asyncio.create_task(job("a", False)), asyncio.create_task(job("b", True))]
    done, pending = await asyncio.wait(tasks)
    for t in tasks:
        if t.exception() is not None:
            log.append("failed")
        else:
            log.append(t.result())

asyncio.run(main())
