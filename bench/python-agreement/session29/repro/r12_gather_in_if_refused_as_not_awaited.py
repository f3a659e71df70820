# weft refuses `await asyncio.gather(...)` inside an `if` of a coroutine with "the task started at line 17 is
# not awaited by the coroutine that started it": it is awaited, where it is started (wrong words for the refusal).
# CPython 3.11.7 prints "stock -1 sold 2".
import asyncio

stock = 1
sold = 0


async def charge_card():
    await asyncio.sleep(0)


async def buyer_a():
    global stock, sold
    if stock > 0:
        await asyncio.gather(charge_card())
        stock -= 1
        sold += 1


async def buyer_b():
    global stock, sold
    for _ in range(3):
        await asyncio.sleep(0)
    if stock > 0:
        stock -= 1
        sold += 1


async def main():
    await asyncio.gather(buyer_a(), buyer_b())


asyncio.run(main())
print("stock", stock, "sold", sold)
