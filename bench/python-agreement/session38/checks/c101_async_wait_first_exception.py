# asyncio.wait(FIRST_EXCEPTION): returns when one task raises; the others are still pending.
import asyncio

log = []


async def job(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    log.append(name)
    return name


async def main():
    tasks = [asyncio.create_task(job("a", 0.01, False)), asyncio.create_task(job("b", 0.02, True)),
             asyncio.create_task(job("c", 0.2, False))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    log.append(f"done={len(done)}")
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    log.append(f"cancelled={sum(1 for t in tasks if t.cancelled())}")


asyncio.run(main())
print(log)
