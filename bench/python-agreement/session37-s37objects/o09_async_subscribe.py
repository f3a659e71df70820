# An asyncio broker: subscribe() makes a bounded queue per topic, keeps it and returns it; the
# publisher puts through the broker's dict, each subscriber drains its own queue until None.
import asyncio


class Broker:
    def __init__(self):
        self.topics = {}

    def subscribe(self, topic):
        q = asyncio.Queue(maxsize=1)
        self.topics[topic] = q
        return q

    async def publish(self, topic, value):
        await self.topics[topic].put(value)

    async def close(self):
        for q in self.topics.values():
            await q.put(None)


broker = Broker()
TOPICS = ["cpu", "disk"]
queues = {topic: broker.subscribe(topic) for topic in TOPICS}
seen = []


async def subscriber(topic):
    while True:
        value = await queues[topic].get()
        if value is None:
            break
        seen.append((topic, value))


async def main():
    tasks = [asyncio.create_task(subscriber(t)) for t in TOPICS]
    for topic, value in [("cpu", 1), ("disk", 2), ("cpu", 3)]:
        await broker.publish(topic, value)
    await broker.close()
    await asyncio.gather(*tasks)


asyncio.run(main())
print(seen)
