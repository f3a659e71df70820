# BUG: the program assumes the first coroutine listed answers first, but all three sleep alike and
# as_completed starts them in the order of a set of the coroutine objects, so any may come first.
import asyncio

first = ""


async def ask(server):
    await asyncio.sleep(0.01)
    return server


async def main():
    global first
    answers = []
    for next_done in asyncio.as_completed([ask("primary"), ask("backup1"), ask("backup2")]):
        answers.append(await next_done)
    first = answers[0]


asyncio.run(main())
print("first:", first)
assert first == "primary"
