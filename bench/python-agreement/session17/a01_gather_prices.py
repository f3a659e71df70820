# no bug: asyncio.gather fetches prices from three shops at once and picks the cheapest
import asyncio

PRICES = {"shop-a": 120, "shop-b": 95, "shop-c": 101}
quotes = {}
best = ""


async def fetch_price(shop: str, latency: float) -> int:
    await asyncio.sleep(latency)
    quotes[shop] = PRICES[shop]
    return PRICES[shop]


async def main() -> None:
    global best
    results = await asyncio.gather(
        fetch_price("shop-a", 0.003),
        fetch_price("shop-b", 0.001),
        fetch_price("shop-c", 0.002),
    )
    best = min(zip(results, PRICES))[1]
    print(f"quotes={quotes} best={best}")


asyncio.run(main())
assert best == "shop-b"
