# A coroutine that returns early from its loop with the dict it built and a count; main keeps them in globals.
import asyncio

tallies = {}
handled = 0


async def tally(inbox, limit):
    seen = {}
    count = 0
    while True:
        word = await inbox.get()
        if word is None:
            return seen, count
        seen[word] = seen.get(word, 0) + 1
        count += 1
        if count >= limit:
            return seen, count


async def feed(inbox, words):
    for word in words:
        await inbox.put(word)
        await asyncio.sleep(0)
    await inbox.put(None)


async def main():
    global handled
    inbox = asyncio.Queue()
    feeder = asyncio.create_task(feed(inbox, ["red", "blue", "red", "green"]))
    seen, count = await tally(inbox, 3)
    await feeder
    for word in ["red", "blue", "green"]:
        tallies[word] = seen.get(word, 0)
    handled = count


asyncio.run(main())
print(tallies, handled)
