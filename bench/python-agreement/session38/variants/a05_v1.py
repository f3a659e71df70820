# A ticker feed pushes price updates into an asyncio.Queue; a consumer keeps the last price per symbol
# and stops at the end-of-feed marker.
import asyncio

EOF_MARK = ("", 0.0)


async def feed(q):
    updates = [("ACME", 10.5), ("BOLT", 3.2), ("ACME", 10.7), ("CRST", 99.0), ("BOLT", 3.1)]
    for symbol, price in updates:
        await q.put((symbol, price))
        await asyncio.sleep(0)
    await q.put(EOF_MARK)


async def board(q, last):
    while True:
        symbol, price = await q.get()
        if symbol == "":
            break
        last[symbol] = price


async def main():
    q = asyncio.Queue(maxsize=2)
    last = {}
    await asyncio.gather(feed(q), board(q, last))
    return last


last = asyncio.run(main())
print(f"last={dict(sorted(last.items()))}")
