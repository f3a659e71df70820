"""`await asyncio.gather(...)` inside a `try`: the first child to raise propagates to main, whose
handler runs while the slow child keeps running; main then returns and `asyncio.run` cancels the slow
child (its `finally` runs, its last write never happens). The bug: the check and the write of `stock`
straddle an await, so both buyers pass the check and the second oversells and raises."""
import asyncio

stock = 1
sold = 0
refused = 0
slow_done = 0
slow_cleaned = 0


async def buy():
    global stock, sold
    if stock > 0:
        await asyncio.sleep(0.001)
        stock -= 1
        if stock < 0:
            raise ValueError("oversold")
        sold += 1


async def slow_report():
    global slow_done, slow_cleaned
    try:
        await asyncio.sleep(0.5)
        slow_done += 1
    finally:
        slow_cleaned += 1


async def main():
    global refused
    try:
        await asyncio.gather(buy(), buy(), slow_report())
    except ValueError:
        refused += 1


asyncio.run(main())
print(stock, sold, refused, slow_done, slow_cleaned)
