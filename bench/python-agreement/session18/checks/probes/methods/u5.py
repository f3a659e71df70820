import asyncio
items = [1]
async def w():
    items += [2]
asyncio.run(w())
