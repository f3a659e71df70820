# no bug: a tiny pub-sub broker: each subscriber has its own asyncio.Queue; publish fans out; a None closes the stream
import asyncio

received = {"alice": [], "bob": []}


class Broker:
    def __init__(self):
        self.subscribers = {}

    def subscribe(self, name):
        queue = asyncio.Queue()
        self.subscribers[name] = queue
        return queue

    def publish(self, message):
        for queue in self.subscribers.values():
            queue.put_nowait(message)


async def listen(name, queue):
    while True:
        message = await queue.get()
        if message is None:
            break
        received[name].append(message)


async def main():
    broker = Broker()
    listeners = [asyncio.create_task(listen(n, broker.subscribe(n))) for n in ("alice", "bob")]
    for message in ("hello", "world", None):
        broker.publish(message)
        await asyncio.sleep(0.001)
    await asyncio.gather(*listeners)


asyncio.run(main())
print(received)
