import asyncio

DELAYS = {"ACME": 0.003, "GLOBX": 0.001, "INIT": 0.2}
PRICES = {"ACME": 12.5, "GLOBX": 40.0, "INIT": 7.0}


async def quote(symbol):
    delay = DELAYS[symbol]
    price = PRICES[symbol]
    await asyncio.sleep(delay)
    return symbol, price


async def main():
    order = []
    prices = {}
    try:
        for next_done in asyncio.as_completed([quote(s) for s in DELAYS], timeout=0.05):
            symbol, price = await next_done
            order.append(symbol)
            prices[symbol] = price
    except asyncio.TimeoutError:
        order.append("timeout")
    print("order", order, "portfolio", round(sum(prices.values()), 2))


asyncio.run(main())
