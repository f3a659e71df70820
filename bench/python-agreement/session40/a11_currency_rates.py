# Currency rates: tasks convert amounts using a cached rate; on a miss they fetch the rate. Bug: cache stampede (check-then-act across an await: several fetches of the same rate).
import asyncio

RATES = {"EUR": 108, "JPY": 1}
cache = {}
fetches = 0
converted = []


async def fetch_rate(cur):
    global fetches
    fetches += 1
    await asyncio.sleep(0.01)
    return RATES[cur]


async def convert(amount, cur):
    if cur not in cache:
        cache[cur] = await fetch_rate(cur)
    converted.append(amount * cache[cur] // 100)


async def main():
    await asyncio.gather(convert(100, "EUR"), convert(250, "EUR"), convert(900, "JPY"))
    await convert(50, "EUR")


asyncio.run(main())
print(f"fetches={fetches} converted={converted} cached={sorted(cache)}")
