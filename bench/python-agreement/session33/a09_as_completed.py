import asyncio

QUOTES = {"ACME": (0.003, 12.5), "GLOBX": (0.001, 40.0), "INIT": (0.2, 7.0)}


async def quote(symbol):
    delay, price = QUOTES[symbol]
    await asyncio.sleep(delay)
    return symbol, price


async def main():
    order = []
    prices = {}
    try:
        for next_done in asyncio.as_completed([quote(s) for s in QUOTES], timeout=0.05):
            symbol, price = await next_done
            order.append(symbol)
            prices[symbol] = price
    except asyncio.TimeoutError:
        order.append("timeout")
    print("order", order, "portfolio", round(sum(prices.values()), 2))


asyncio.run(main())
