# CPython 3.11.7 (agree.py, 10 runs): cancelled: [True, True] and ['a cancelled', 'b cancelled'] every run.
# Session 20: the `print` of a comprehension of cancels is the loop it means; before, the whole print was
# read and the cancels lost (weft explore: 'a done', 'b done' only, "complete"). Now CPython's state and
# 'b cancelled' first (cancelled sleepers are not ordered among themselves: docs/python.md, session 20).
import asyncio

log = []


async def worker(name):
    try:
        await asyncio.sleep(1)
        log.append(name + " done")
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def main():
    fs = [asyncio.create_task(worker("a")), asyncio.create_task(worker("b"))]
    await asyncio.sleep(0.01)
    print("cancelled:", [f.cancel() for f in fs])
    await asyncio.gather(*fs, return_exceptions=True)


asyncio.run(main())
print(sorted(log))
