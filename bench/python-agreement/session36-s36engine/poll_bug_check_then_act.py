# BUG: two coroutines poll `stock` and both take the last item: the check and the take are split by an await.
"""Two buyers poll until `stock` is positive (sleep 1 ms between polls), then await a 1 ms payment
before they take the item; the restocker adds one item at 3 ms. Both buyers see stock 1, both pay, both
take it: stock ends at -1 (the bug). CPython 3.11: `-1 2` in every run."""
import asyncio

stock = 0
sold = 0


async def restock():
    global stock
    await asyncio.sleep(0.003)
    stock += 1


async def buyer():
    global stock, sold
    while stock <= 0:
        await asyncio.sleep(0.001)
    await asyncio.sleep(0.001)
    stock -= 1
    sold += 1


async def main():
    await asyncio.gather(buyer(), buyer(), restock())


asyncio.run(main())
print(stock, sold)
assert stock >= 0, "oversold"
