# Async pub/sub: a broker fans each message out to every subscriber's own queue; shutdown sends a sentinel.
import asyncio

STOP = object()


class Broker:
    def __init__(self):
        self.subscribers = {}

    def subscribe(self, name, q):
        self.subscribers[name] = q
        return q

    async def publish(self, topic, payload):
        for q in self.subscribers.values():
            await q.put((topic, payload))

    async def close(self):
        for q in self.subscribers.values():
            await q.put(STOP)


async def subscriber(name, q, wanted, inbox):
    got = []
    while True:
        msg = await q.get()
        if msg is STOP:
            break
        topic, payload = msg
        if topic in wanted:
            got.append(payload)
    inbox[name] = got


async def main():
    broker = Broker()
    alerts_q = asyncio.Queue()
    audit_q = asyncio.Queue()
    inbox = {}
    tasks = [
        asyncio.create_task(subscriber("alerts", broker.subscribe("alerts", alerts_q), {"cpu", "disk"}, inbox)),
        asyncio.create_task(subscriber("audit", broker.subscribe("audit", audit_q), {"login"}, inbox)),
    ]
    for topic, payload in [("cpu", 91), ("login", "ann"), ("disk", 97), ("login", "bo")]:
        await broker.publish(topic, payload)
        await asyncio.sleep(0)
    await broker.close()
    await asyncio.gather(*tasks)
    print(inbox)


asyncio.run(main())
