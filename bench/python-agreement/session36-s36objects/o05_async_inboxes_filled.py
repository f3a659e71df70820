"""Async pub/sub with the inboxes made by a module loop of stores (`inboxes[name] =
asyncio.Queue(maxsize=1)` per name): the publisher fans each message out to every inbox, each
subscriber totals the topics it wants and stops at the sentinel (session34/a02's broker, its inboxes
made at the module's top)."""
import asyncio

NAMES = ["alerts", "billing"]
MESSAGES = [("cpu", 3), ("invoice", 40), ("cpu", 2)]
inboxes = {}
for name in NAMES:
    inboxes[name] = asyncio.Queue(maxsize=1)
tallies = {}


async def subscriber(name, wanted):
    queue = inboxes[name]
    total = 0
    while True:
        message = await queue.get()
        if message is None:
            break
        topic, value = message
        if topic == wanted:
            total += value
    tallies[name] = total


async def publish():
    for message in MESSAGES:
        for queue in inboxes.values():
            await queue.put(message)
        await asyncio.sleep(0)
    for queue in inboxes.values():
        await queue.put(None)


async def main():
    subs = [asyncio.create_task(subscriber("alerts", "cpu")), asyncio.create_task(subscriber("billing", "invoice"))]
    await publish()
    await asyncio.gather(*subs)
    print(sorted(tallies.items()))


asyncio.run(main())
