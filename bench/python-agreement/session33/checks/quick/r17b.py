import asyncio

handled = []


async def main():
    inbox = asyncio.Queue()
    await inbox.put(["order", 2])
    await inbox.put(["refund", 5])
    for _ in range(2):
        kind, qty = await inbox.get()
        handled.append(qty if kind == "order" else -qty)


asyncio.run(main())
print(handled)
