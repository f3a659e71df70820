# CPython 3.11.7 (agree.py, 10 runs): ['a finally', 'b finally', 'b done', 2] every run.
# Session 20: a `try`/`finally` inside `async with sem:` imports (session19/a03's form, refused before): what
# leaves the `try` releases the semaphore and goes on, as leaving the `with` does; b gets the unit.
import asyncio

log = []


async def worker(name, sem, fail):
    async with sem:
        try:
            await asyncio.sleep(0.01)
            if fail:
                raise ValueError(name)
        finally:
            log.append(name + " finally")
        log.append(name + " done")


async def main():
    sem = asyncio.Semaphore(1)
    results = await asyncio.gather(worker("a", sem, True), worker("b", sem, False), return_exceptions=True)
    log.append(len(results))


asyncio.run(main())
print(log)
