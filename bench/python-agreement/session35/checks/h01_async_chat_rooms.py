"""An async chat: each room has an asyncio.Queue; a broadcaster fans messages out, readers stop at None."""
import asyncio
from dataclasses import dataclass, field


@dataclass
class Room:
    name: str
    inbox: asyncio.Queue = field(default_factory=asyncio.Queue)
    history: list = field(default_factory=list)


delivered = []


async def reader(room):
    while True:
        msg = await room.inbox.get()
        if msg is None:
            break
        room.history.append(msg)
        delivered.append(f"{room.name}:{msg}")


async def broadcast(rooms, messages):
    for text in messages:
        for room in rooms:
            await room.inbox.put(text)
        await asyncio.sleep(0.001)
    for room in rooms:
        await room.inbox.put(None)


async def main():
    rooms = [Room("lobby"), Room("dev")]
    readers = [asyncio.create_task(reader(r)) for r in rooms]
    await broadcast(rooms, ["hi", "deploy at 5"])
    await asyncio.gather(*readers)
    print(len(delivered), [len(r.history) for r in rooms])


asyncio.run(main())
