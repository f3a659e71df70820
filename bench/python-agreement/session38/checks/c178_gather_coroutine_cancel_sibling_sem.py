# gather (no return_exceptions) of coroutines under a shared semaphore: one fails, the awaiting main
# cancels the others, then takes the semaphore itself.
import asyncio

log = []


async def fetch(name, sem, delay, fail):
    async with sem:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        log.append(name)


async def main():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(fetch("a", sem, 0.01, True)), asyncio.create_task(fetch("b", sem, 1, False))]
    try:
        await asyncio.gather(*tasks)
    except ValueError:
        log.append("failed")
        tasks[1].cancel()
    await asyncio.sleep(0.01)
    async with sem:
        async with sem:
            log.append("both slots")


asyncio.run(main())
print(log)
