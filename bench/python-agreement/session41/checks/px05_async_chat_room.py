# check (program): asyncio chat room: one queue per member, a broadcaster, and a member who leaves early
import asyncio

inboxes = {"ann": asyncio.Queue(), "bo": asyncio.Queue()}
received = {"ann": 0, "bo": 0}
last = {"ann": "", "bo": ""}


async def member(name, limit):
    q = inboxes[name]
    while received[name] < limit:
        msg = await q.get()
        received[name] += 1
        last[name] = msg


async def broadcaster(lines):
    for line in lines:
        for name in ("ann", "bo"):
            await inboxes[name].put(line)
        await asyncio.sleep(0.001)


async def main():
    await asyncio.gather(member("ann", 3), member("bo", 1), broadcaster(["hi", "news", "bye"]))


asyncio.run(main())
print(received, last, inboxes["bo"].qsize())
