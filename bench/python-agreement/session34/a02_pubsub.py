# Async pub/sub: a broker fans each message out to per-subscriber queues; a None sentinel shuts them down.
import asyncio

SENTINEL = None
inboxes = {}
tallies = {}


async def subscriber(name, topic_filter):
    queue = inboxes[name]
    total = 0
    while True:
        message = await queue.get()
        if message is SENTINEL:
            break
        topic, value = message
        if topic in topic_filter:
            total += value
    tallies[name] = total


async def publish(messages):
    for message in messages:
        for queue in inboxes.values():
            await queue.put(message)
        await asyncio.sleep(0)
    for queue in inboxes.values():
        await queue.put(SENTINEL)


async def main():
    subscriptions = {"alerts": {"cpu", "disk"}, "billing": {"invoice"}, "all": {"cpu", "disk", "invoice"}}
    for name in subscriptions:
        inboxes[name] = asyncio.Queue(maxsize=1)
    subs = [asyncio.create_task(subscriber(n, f)) for n, f in subscriptions.items()]
    await publish([("cpu", 3), ("invoice", 40), ("disk", 2), ("mem", 9)])
    await asyncio.gather(*subs)
    print(tallies)


asyncio.run(main())
