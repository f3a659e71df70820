# SILENT ERROR (r02's construct in a coroutine). CPython: UnboundLocalError at `out.append(price)` (fault, 10/10).
# weft gives: "complete", 1 outcome `ok out=[0]`.
# Command: /work/notes/s41/weft-start explore r02b_unbound_local_try_async_with.py
# Found by checks/nm14_unbound_async_with_raise.py.
import asyncio

stock = {"tea": 0}
out = []


async def sell(lock):
    try:
        async with lock:
            price = 10 // stock["tea"]
    except ZeroDivisionError:
        pass
    out.append(price)


async def main():
    lock = asyncio.Lock()
    await sell(lock)


asyncio.run(main())
print(out)
