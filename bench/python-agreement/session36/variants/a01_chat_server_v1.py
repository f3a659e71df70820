# An asyncio chat server simulation: each client has its own inbox queue; the server broadcasts every
# VARIANT: the three clients made at the module's top by name instead of in a loop (44:25)
# message it receives to all other clients; clients send a few lines and then read their inboxes.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Client:
    name: str
    inbox: asyncio.Queue = field(default_factory=asyncio.Queue)
    received: list = field(default_factory=list)


clients = {}
ada = Client("ada")
bo = Client("bo")
cy = Client("cy")
broadcasts = 0
transcript = []


async def server(incoming, expected):
    global broadcasts
    for _ in range(expected):
        sender, text = await incoming.get()
        transcript.append(f"{sender}: {text}")
        for name, client in clients.items():
            if name != sender:
                await client.inbox.put(f"{sender}> {text}")
                broadcasts += 1


async def chatter(client, incoming, lines, pause):
    for text in lines:
        await asyncio.sleep(pause)
        await incoming.put((client.name, text))


async def drain(client):
    while not client.inbox.empty():
        client.received.append(await client.inbox.get())


async def main():
    incoming = asyncio.Queue()
    clients["ada"] = ada
    clients["bo"] = bo
    clients["cy"] = cy
    script = {"ada": (["hi", "bye"], 0.001), "bo": (["yo"], 0.002), "cy": (["hey", "sup"], 0.0015)}
    expected = sum(len(lines) for lines, _ in script.values())
    chats = [chatter(clients[n], incoming, lines, pause) for n, (lines, pause) in script.items()]
    await asyncio.gather(server(incoming, expected), *chats)
    for client in clients.values():
        await drain(client)


asyncio.run(main())
inbox_sizes = {name: len(c.received) for name, c in clients.items()}
print(f"broadcasts={broadcasts} inbox_sizes={inbox_sizes} messages={len(transcript)}")
