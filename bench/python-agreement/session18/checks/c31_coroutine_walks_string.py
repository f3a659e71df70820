# A coroutine loops over the characters of its string argument.
import asyncio

counts = {}


async def count_vowels(name, text):
    n = 0
    for ch in text:
        if ch in "aeiou":
            n += 1
        await asyncio.sleep(0)
    counts[name] = n


async def main():
    await asyncio.gather(count_vowels("x", "hello"), count_vowels("y", "sky"))


asyncio.run(main())
