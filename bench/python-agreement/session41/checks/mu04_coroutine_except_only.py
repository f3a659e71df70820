# check: a coroutine local bound only in an except clause that does not run
import asyncio

out = []


async def fetch(stock):
    await asyncio.sleep(0.001)
    try:
        n = 10 // stock["tea"]
    except ZeroDivisionError:
        price = 0
    out.append(price)


asyncio.run(fetch({"tea": 5}))
print(out)
