# An asyncio consumer of dict messages: it routes each by its keys, reads its fields and joins its
# key names. Two producers race to put; the consumer counts what it saw.
import asyncio

seen = []
kinds = {"order": 0, "refund": 0, "other": 0}


async def producer(inbox, messages):
    for message in messages:
        await inbox.put(message)
        await asyncio.sleep(0)


async def consumer(inbox, expected):
    for _ in range(expected):
        msg = await inbox.get()
        if "kind" in msg:
            kind = msg["kind"]
            kinds[kind] += 1
        else:
            kinds["other"] += 1
        if len(msg) > 1:
            seen.append("+".join(msg))
        else:
            seen.append(len(msg))


async def main():
    inbox = asyncio.Queue()
    await asyncio.gather(
        producer(inbox, [{"kind": "order", "qty": 2}, {"qty": 1}]),
        producer(inbox, [{"kind": "refund", "qty": 5}]),
        consumer(inbox, 3),
    )


asyncio.run(main())
print(kinds, seen)
