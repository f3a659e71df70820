# BUG: check-then-act across an await: a bidder reads the highest bid, awaits the payment-hold service,
# then writes its own bid; a higher bid placed meanwhile is overwritten by a lower one.
import asyncio

auction = {"price": 100, "leader": None}
history = []


async def hold_funds(bidder, amount):
    await asyncio.sleep(0.001)
    return True


async def bid(bidder, amount):
    if amount > auction["price"]:
        if await hold_funds(bidder, amount):
            auction["price"] = amount
            auction["leader"] = bidder
            history.append((bidder, amount))


async def main():
    await asyncio.gather(bid("ann", 150), bid("ben", 120), bid("cat", 130))


asyncio.run(main())
print(f"price={auction['price']} leader={auction['leader']} bids={len(history)}")
