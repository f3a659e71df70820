"""A module global a thread sets to `a and b`, and the same in a coroutine (session27 r06, r07)."""
import asyncio
import threading

result = False
text = ""
texts: list[str] = []


def check(n: int) -> None:
    global result
    result = n > 2 and n < 5


async def probe(n: int) -> None:
    await asyncio.sleep(0.001)
    healthy = n > 0 and n < 10
    texts.append(f"healthy={healthy}")


t = threading.Thread(target=check, args=(3,))
t.start()
t.join()
text = f"result={result}"
asyncio.run(probe(3))
print(text, texts)
