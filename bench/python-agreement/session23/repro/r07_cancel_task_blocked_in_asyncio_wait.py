# repro: cancelling a task blocked in `await asyncio.wait([t])` cancels that task only (asyncio.wait
# waits on its own future; it never cancels what it waits for). CPython 3.11: log=['outer cancelled',
# 'inner done', 'end'] (and ['inner done', 'outer cancelled', 'end'] under load). weft: the inner task is
# cancelled and the outer one ends normally without its CancelledError (`weft run`: inner#1 cancelled at
# 2.1 ms, outer#1 finished, log=['end']); outcomes ['end'], ['end', 'outer cancelled'],
# ['inner done', 'end'], ['inner done', 'outer cancelled', 'end']: "complete within a 20ms time window".
import asyncio

log = []


async def inner():
    await asyncio.sleep(0.01)
    log.append("inner done")


async def outer(t):
    try:
        await asyncio.wait([t])
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def main():
    t_in = asyncio.create_task(inner())
    t_out = asyncio.create_task(outer(t_in))
    await asyncio.sleep(0.002)
    t_out.cancel()
    await asyncio.sleep(0.02)
    log.append("end")


asyncio.run(main())
