# Radio relay: two transmitters put messages on an asyncio.Queue; one relay forwards until both send None. Bug: none.
import asyncio

relayed = []
per_sender = {"alpha": 0, "bravo": 0}


async def transmitter(q, name, msgs, gap):
    for m in msgs:
        await asyncio.sleep(gap)
        await q.put((name, m))
    await q.put(None)


async def relay(q, senders):
    finished = 0
    while finished < senders:
        item = await q.get()
        if item is None:
            finished += 1
            continue
        name, msg = item
        per_sender[name] += 1
        relayed.append(msg)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(
        transmitter(q, "alpha", [1, 2, 3], 0.01),
        transmitter(q, "bravo", [10, 20], 0.015),
        relay(q, 2),
    )


asyncio.run(main())
print(f"relayed={relayed} per_sender={per_sender} total={sum(relayed)}")
