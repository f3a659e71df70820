# bug: none
import asyncio

ledger = []


async def charge(card, amount):
    await asyncio.sleep(0.005)
    ledger.append((card, amount))
    return f"charged {amount} to {card[-4:]}"


async def checkout(card, amount):
    inner = asyncio.ensure_future(charge(card, amount))
    try:
        return await asyncio.shield(inner), inner
    except asyncio.CancelledError:
        return "cancelled", inner


async def main():
    t = asyncio.create_task(checkout("4111-1111-1111-1234", 25))
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        outcome, inner = await t
    except asyncio.CancelledError:
        outcome, inner = "task cancelled", None
    await asyncio.sleep(0.01)
    plain = asyncio.create_task(charge("5500-0000-0000-9876", 40))
    await asyncio.sleep(0.001)
    plain.cancel()
    try:
        await plain
    except asyncio.CancelledError:
        pass
    print(f"outcome={outcome} ledger={ledger} plain_cancelled={plain.cancelled()}")


asyncio.run(main())
