"""`except* OutOfStock as eg:` around a TaskGroup reads `len(eg.exceptions)`: how many buyers raised.
Both wake in the same pass of the loop and find the shelf empty; the second raises before the group's
done callback cancels it, so CPython's group holds two exceptions. A buyer that woke later would be
cancelled instead (its CancelledError is not in the group), and the count would be 1."""
import asyncio

stock = 0
sold = 0
refused = 0


class OutOfStock(Exception):
    pass


async def buyer():
    global stock, sold
    await asyncio.sleep(0.001)
    if stock <= 0:
        raise OutOfStock("none left")
    stock -= 1
    sold += 1


async def main():
    global refused
    try:
        async with asyncio.TaskGroup() as tg:
            for _ in range(2):
                tg.create_task(buyer())
    except* OutOfStock as eg:
        refused = len(eg.exceptions)


asyncio.run(main())
print(stock, sold, refused)
