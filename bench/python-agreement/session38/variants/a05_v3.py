# A ticker feed pushes price updates into an asyncio.Queue; a consumer keeps the last price per symbol
# and stops at the end-of-feed marker.
import asyncio

EOF_MARK = ("", 0.0)


async def feed(q):
    updates = [("ACME", 10.5), ("BOLT", 3.2), ("ACME", 10.7), ("CRST", 99.0), ("BOLT", 3.1)]
    for symbol, price in updates:
        await q.put((symbol, price))
        await asyncio.sleep(0)
    await q.put(("", 0.0))


async def board(q, last):
    while True:
        symbol, price = await q.get()
        if symbol == "":
            break
        last[symbol] = price


async def main():
    # last is a module dict here (v3)
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(feed(q), board(q, last))


last = {}
asyncio.run(main())
print(f"last={dict(sorted(last.items()))}")
