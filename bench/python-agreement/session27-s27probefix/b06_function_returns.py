"""A function returning `a and b` of bools returns only bools: its result's text is True/False."""
import threading

texts: list[str] = []


def in_range(n: int) -> bool:
    return n > 2 and n < 5


def check(n: int) -> None:
    inside = in_range(n)
    texts.append(f"{inside} {in_range(n + 5)}")
    texts.append(str(in_range(n) or n > 100))


t = threading.Thread(target=check, args=(3,))
t.start()
t.join()
print(texts)
