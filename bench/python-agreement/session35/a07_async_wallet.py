# BUG: check-then-act across an await: two purchases both pass the balance check and the wallet goes negative
import asyncio
from dataclasses import dataclass


@dataclass
class Wallet:
    owner: str
    balance: int


async def authorize(amount):
    await asyncio.sleep(0.001)  # card network round trip
    return True


async def purchase(wallet, item, price, receipts):
    if wallet.balance >= price:
        if await authorize(price):
            wallet.balance -= price
            receipts.append(f"{item} ${price}")
    else:
        receipts.append(f"{item} declined")


async def main():
    wallet = Wallet("dana", 50)
    receipts = []
    await asyncio.gather(
        purchase(wallet, "headphones", 40, receipts),
        purchase(wallet, "book", 20, receipts),
    )
    print("receipts:", sorted(receipts))
    print("balance:", wallet.balance)
    print("overdrawn" if wallet.balance < 0 else "ok")


asyncio.run(main())
