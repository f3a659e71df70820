# A chat room on asyncio queues: each member has an inbox; the room fans messages out; members leave on "bye"
import asyncio


class Room:
    def __init__(self):
        self.members = {}
        self.history = []

    def join(self, name, inbox):
        self.members[name] = inbox

    async def say(self, sender, text):
        self.history.append(f"{sender}: {text}")
        for name, inbox in self.members.items():
            if name != sender:
                await inbox.put((sender, text))


room = Room()
received = {}


async def member(name, lines):
    inbox = asyncio.Queue()
    room.join(name, inbox)
    received[name] = []
    await asyncio.sleep(0)  # let everyone join
    for line in lines:
        await room.say(name, line)
        await asyncio.sleep(0.001)
    expected = sum(len(v) for k, v in SCRIPT.items() if k != name)
    while len(received[name]) < expected:
        sender, text = await asyncio.wait_for(inbox.get(), timeout=0.5)
        received[name].append(f"{sender}>{text}")


SCRIPT = {
    "ana": ["hi", "bye"],
    "ben": ["hello"],
    "cy": ["yo", "brb", "back"],
}


async def main():
    await asyncio.gather(member("ana", SCRIPT["ana"]), member("ben", SCRIPT["ben"]), member("cy", SCRIPT["cy"]))


asyncio.run(main())
counts = {name: len(msgs) for name, msgs in received.items()}
print("counts:", counts)
print("history length:", len(room.history))
