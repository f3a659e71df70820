# A websocket-style fan-out: a publisher pushes to per-subscriber bounded queues; a slow subscriber drops messages.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Subscriber:
    name: str
    delay: float
    inbox: asyncio.Queue = field(default_factory=lambda: asyncio.Queue(maxsize=2))
    received: list = field(default_factory=list)
    dropped: int = 0


async def consume(sub):
    while True:
        message = await sub.inbox.get()
        if message is None:
            break
        await asyncio.sleep(sub.delay)
        sub.received.append(message)


async def publish(subscribers, messages):
    for message in messages:
        for sub in subscribers:
            try:
                sub.inbox.put_nowait(message)
            except asyncio.QueueFull:
                sub.dropped += 1
        await asyncio.sleep(0.001)
    for sub in subscribers:
        await sub.inbox.put(None)


async def main():
    subs = [Subscriber("fast", 0), Subscriber("slow", 0.004)]
    consumers = [asyncio.create_task(consume(subs[0])), asyncio.create_task(consume(subs[1]))]
    await publish(subs, [f"tick{i}" for i in range(5)])
    await asyncio.gather(*consumers)
    for s in subs:
        stats[s.name] = (len(s.received), s.dropped)


stats = {}
asyncio.run(main())
delivered = sum(n for n, _ in stats.values())
print(f"delivered={delivered} stats={stats}")
