# SILENT ERROR (weft-start) that hides a bug: buyer a reads the stock, awaits a gather of one payment
# step, then takes the item if it saw one; buyer b polls three times, then checks and takes. In CPython 3.11 the gather
# resumes buyer a two passes after its child returns, after b's check: both take the last item (stock=-1) in
# every run. weft resumes buyer a one pass earlier and lists only stock=0, "complete": it misses the oversell.
import asyncio

stock = 1
sold = 0


async def charge_card():
    await asyncio.sleep(0)


async def buyer_a():
    global stock, sold
    seen = stock
    await asyncio.gather(charge_card())
    if seen > 0:
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
